package dev.fieldcrm.mobile.core.picks;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Turns a {@link QuickPick} into an instant, in the rep's own time zone: "tomorrow 10:00" means 10:00 on the rep's
 * wall clock tomorrow, whatever a DST change tonight does to the hours in between. A wall time that does not exist
 * (the spring-forward gap) moves forward by the gap's length, as {@link ZonedDateTime#of} does; one that exists twice
 * (autumn) takes the earlier offset.
 */
public final class QuickPicks {
    /** When a next step is planned for a day without a time, the rep's morning. */
    public static final LocalTime MORNING = LocalTime.of(10, 0);

    private final Clock clock;

    public QuickPicks(Clock clock) {
        this.clock = clock;
    }

    /** The instant the pick means now, for a rep in {@code zone}. */
    public Instant resolve(QuickPick pick, ZoneId zone) {
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        return switch (pick) {
            case LATER_TODAY -> laterToday(now);
            case TOMORROW_MORNING -> morningOf(today.plusDays(1), zone);
            case NEXT_WORKING_DAY -> morningOf(nextWorkingDay(today), zone);
            case IN_A_WEEK -> morningOf(today.plusWeeks(1), zone);
            case IN_TWO_WEEKS -> morningOf(today.plusWeeks(2), zone);
            case IN_A_MONTH -> morningOf(today.plusMonths(1), zone);
        };
    }

    /** 10:00 of {@code day} on the wall clock of {@code zone}. */
    public static Instant morningOf(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, MORNING, zone).toInstant();
    }

    private static Instant laterToday(ZonedDateTime now) {
        // Elapsed time, not wall time: "in two hours" is two real hours even across a DST change.
        Instant inTwoHours = now.toInstant().plus(Duration.ofHours(2));
        ZonedDateTime local = inTwoHours.atZone(now.getZone()).truncatedTo(ChronoUnit.MINUTES);
        int minutesToQuarter = (15 - local.getMinute() % 15) % 15;
        return local.plusMinutes(minutesToQuarter).toInstant();
    }

    private static LocalDate nextWorkingDay(LocalDate today) {
        LocalDate day = today.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
