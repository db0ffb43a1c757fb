package dev.fieldcrm.core.hygiene.review;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * When a tenant's review rounds run (seed 002: every two weeks) and how long reps have to answer a row.
 *
 * @param everyDays       days between rounds, whole weeks (7, 14, …, 84), so every round falls on {@code weekday}
 * @param weekday         the day a round is created on
 * @param at              the local time it is created at
 * @param timeZone        the zone {@code weekday} and {@code at} are read in (IANA)
 * @param rowDeadlineDays days a rep has to mark each row
 */
public record ReviewSchedule(int everyDays, DayOfWeek weekday, LocalTime at, String timeZone, int rowDeadlineDays) {
    public static final int WEEK = 7;
    public static final int MAX_EVERY_DAYS = 12 * WEEK;
    public static final int MAX_DEADLINE_DAYS = 30;

    /** Every 14 days, Monday 09:00 Moscow time, 3 days per row. */
    public static ReviewSchedule defaults() {
        return new ReviewSchedule(2 * WEEK, DayOfWeek.MONDAY, LocalTime.of(9, 0), "Europe/Moscow", 3);
    }

    /** The first scheduled moment strictly after {@code after} (the first round after the schedule is stored). */
    public Instant firstAfter(Instant after) {
        ZoneId zone = ZoneId.of(timeZone);
        LocalDate day = after.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(weekday));
        Instant candidate = day.atTime(at).atZone(zone).toInstant();
        return candidate.isAfter(after) ? candidate : day.plusWeeks(1).atTime(at).atZone(zone).toInstant();
    }

    /** The round after one created at {@code roundAt}: {@code everyDays} later, on the weekday and time in the zone. */
    public Instant after(Instant roundAt) {
        return firstAfter(roundAt.plus(Duration.ofDays(everyDays - WEEK)));
    }

    /** The deadline of rows of a round created at {@code createdAt}. */
    public Instant deadline(Instant createdAt) {
        return createdAt.plus(Duration.ofDays(rowDeadlineDays));
    }
}
