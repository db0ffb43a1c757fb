package dev.fieldcrm.core.leads;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The tenant's working time: the same opening hours on each working day, in one time zone. A moment is working
 * time when it is on a working day at or after {@code opens} and before {@code closes} (closing time itself is
 * not). Overnight shifts and public holidays are not modelled.
 *
 * @param timeZone IANA zone, e.g. Europe/Moscow
 * @param days     the working days (at least one)
 */
public record WorkingHours(String timeZone,
                           @JsonFormat(pattern = "HH:mm") LocalTime opens,
                           @JsonFormat(pattern = "HH:mm") LocalTime closes,
                           Set<DayOfWeek> days) {
    public static final String DEFAULT_TIME_ZONE = "Europe/Moscow";

    public WorkingHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("working hours must open before they close");
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("working hours need at least one working day");
        }
        // An EnumSet keeps the days in week order when listed.
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        ZoneId.of(timeZone);
    }

    /** Monday to Friday, 09:00–18:00, Moscow time. */
    public static WorkingHours defaults() {
        return new WorkingHours(DEFAULT_TIME_ZONE, LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
