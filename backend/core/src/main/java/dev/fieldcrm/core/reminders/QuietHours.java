package dev.fieldcrm.core.reminders;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * A daily span of local time in which a user wants no reminders, e.g. 21:00–08:00. A span whose start is after its
 * end runs over midnight; start equal to end is an empty span (no quiet hours).
 *
 * @param from first quiet minute (inclusive)
 * @param to   first minute that is no longer quiet (exclusive)
 */
public record QuietHours(@JsonFormat(pattern = "HH:mm") LocalTime from, @JsonFormat(pattern = "HH:mm") LocalTime to) {

    public QuietHours {
        java.util.Objects.requireNonNull(from, "from");
        java.util.Objects.requireNonNull(to, "to");
    }

    /** Whether the local time of {@code at} falls in the span. */
    public boolean contains(ZonedDateTime at) {
        LocalTime time = at.toLocalTime();
        if (from.equals(to)) {
            return false;
        }
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }

    /**
     * The moment a reminder planned for {@code at} may be delivered: {@code at} itself outside the span, else the end
     * of the span it falls in (the same day when the span ends later that day, the next day when it runs over
     * midnight and {@code at} is in its evening part). A local end time skipped by a DST gap moves forward with it.
     */
    public ZonedDateTime deliverableFrom(ZonedDateTime at) {
        if (!contains(at)) {
            return at;
        }
        boolean endsNextDay = from.isAfter(to) && !at.toLocalTime().isBefore(from);
        var endDate = endsNextDay ? at.toLocalDate().plusDays(1) : at.toLocalDate();
        return ZonedDateTime.of(endDate, to, at.getZone());
    }

    /** Where the span that contains {@code at} began (the previous day for the morning part of an over-midnight span). */
    public ZonedDateTime startOfSpan(ZonedDateTime at) {
        boolean beganYesterday = from.isAfter(to) && at.toLocalTime().isBefore(to);
        var startDate = beganYesterday ? at.toLocalDate().minusDays(1) : at.toLocalDate();
        return ZonedDateTime.of(startDate, from, at.getZone());
    }
}
