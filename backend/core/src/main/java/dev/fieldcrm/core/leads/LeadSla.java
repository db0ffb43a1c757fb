package dev.fieldcrm.core.leads;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When a new lead must have been contacted: its SLA counted in working time only. */
public final class LeadSla {
    private LeadSla() {
    }

    /**
     * The moment {@code slaMinutes} of working time after {@code received}. Received outside working hours, the
     * clock starts at the next opening (a lead at 19:00 Friday with 15 minutes is due Monday 09:15); minutes that
     * do not fit before closing carry over to the next working day. A deadline can fall exactly on closing time.
     */
    public static Instant contactDeadline(Instant received, LeadSettings settings) {
        WorkingHours hours = settings.workingHours();
        ZoneId zone = hours.zone();
        Duration remaining = Duration.ofMinutes(settings.slaMinutes());
        ZonedDateTime at = received.atZone(zone);
        while (true) {
            LocalDate day = at.toLocalDate();
            if (hours.days().contains(day.getDayOfWeek())) {
                ZonedDateTime opens = day.atTime(hours.opens()).atZone(zone);
                ZonedDateTime closes = day.atTime(hours.closes()).atZone(zone);
                ZonedDateTime start = at.isBefore(opens) ? opens : at;
                if (start.isBefore(closes)) {
                    Duration available = Duration.between(start, closes);
                    if (available.compareTo(remaining) >= 0) {
                        return start.plus(remaining).toInstant();
                    }
                    remaining = remaining.minus(available);
                }
            }
            // At least one working day a week, so this ends.
            at = day.plusDays(1).atStartOfDay(zone);
        }
    }
}
