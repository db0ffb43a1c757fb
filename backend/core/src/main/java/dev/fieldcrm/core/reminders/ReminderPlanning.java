package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When each kind of reminder is due: pure rules on local dates and times in the recipient's zone (DST gaps and
 * overlaps are resolved as {@link ZonedDateTime#of} does: a skipped local time moves forward by the gap, a repeated
 * one takes the earlier offset).
 *
 * <p>Nothing is planned into the past: an occurrence that would fall due before the next dispatcher tick is
 * planned {@link #NEXT_TICK} from now instead, so the dispatcher (which reads only what falls due after its
 * checkpoint) cannot miss it.
 */
public final class ReminderPlanning {
    /** Local time of the daily overdue nudge. */
    public static final LocalTime OVERDUE_NUDGE_AT = LocalTime.of(14, 0);
    /** Local time of prolongation and birthday reminders. */
    public static final LocalTime DAY_REMINDER_AT = LocalTime.of(9, 0);
    static final Duration NEXT_TICK = Duration.ofMinutes(1);

    private ReminderPlanning() {
    }

    /** Whether a task gets a reminder before it: an open meeting or call with a due time. */
    public static boolean reminds(Task task) {
        return task.isOpen() && task.dueAt() != null && (task.kind() == TaskKind.MEETING || task.kind() == TaskKind.CALL);
    }

    /** The recipient's timing: zone and quiet hours (null: none). */
    public record Timing(ZoneId zone, QuietHours quietHours) {
        /** A planned local moment moved out of the quiet hours (to their end). */
        ZonedDateTime deliverable(ZonedDateTime at) {
            return quietHours == null ? at : quietHours.deliverableFrom(at);
        }

        public boolean isQuiet(Instant at) {
            return quietHours != null && quietHours.contains(at.atZone(zone));
        }

        /** The first moment at or after {@code at} outside the quiet hours. */
        public Instant deliverable(Instant at) {
            return deliverable(at.atZone(zone)).toInstant();
        }
    }

    /**
     * The next morning digest: today at {@code digestAt} if that is still ahead, else tomorrow. Quiet hours do not
     * apply (the user chose the time), so a digest at 07:00 with quiet hours until 08:00 still comes at 07:00.
     */
    public static Occurrence nextDigest(String userId, LocalTime digestAt, ZoneId zone, Instant now) {
        return daily("digest#" + userId, digestAt, zone, now, null);
    }

    /** The next daily overdue nudge at {@link #OVERDUE_NUDGE_AT} local (moved out of quiet hours). */
    public static Occurrence nextOverdueNudge(String userId, Timing timing, Instant now) {
        return daily("overdue#" + userId, OVERDUE_NUDGE_AT, timing.zone(), now, timing.quietHours());
    }

    /** The occurrence of a daily reminder on the day after {@code handled}'s date (re-planning after it fired). */
    public static Occurrence followingDigest(String userId, LocalTime digestAt, ZoneId zone, Instant handled, Instant now) {
        return daily("digest#" + userId, digestAt, zone, later(handled, now), null);
    }

    public static Occurrence followingOverdueNudge(String userId, Timing timing, Instant handled, Instant now) {
        return daily("overdue#" + userId, OVERDUE_NUDGE_AT, timing.zone(), later(handled, now), timing.quietHours());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Occurrence daily(String slot, LocalTime at, ZoneId zone, Instant after, QuietHours quiet) {
        LocalDate day = LocalDate.ofInstant(after, zone);
        for (int i = 0; i < 3; i++, day = day.plusDays(1)) {
            ZonedDateTime planned = ZonedDateTime.of(day, at, zone);
            ZonedDateTime fire = quiet == null ? planned : quiet.deliverableFrom(planned);
            if (fire.toInstant().isAfter(after)) {
                return new Occurrence(slot, slot + "#" + day, fire.toInstant());
            }
        }
        throw new IllegalStateException("no daily occurrence found after " + after);
    }

    /**
     * A meeting or call reminder {@code leadMinutes} before it starts, moved to the end of the quiet hours. When
     * that end comes only after the meeting has begun, the reminder comes just before the quiet hours instead
     * (the evening before an early meeting). Empty when the meeting has already begun or no moment outside the
     * quiet hours is left before it.
     */
    public static Optional<Occurrence> meeting(String taskId, Instant dueAt, int leadMinutes, Timing timing, Instant now) {
        if (!dueAt.isAfter(now)) {
            return Optional.empty();
        }
        ZonedDateTime wanted = dueAt.minus(Duration.ofMinutes(leadMinutes)).atZone(timing.zone());
        ZonedDateTime fire = timing.deliverable(wanted);
        if (!fire.toInstant().isBefore(dueAt)) {
            fire = timing.quietHours().startOfSpan(wanted).minusMinutes(1);
        }
        Instant fireAt = notBeforeNextTick(fire.toInstant(), now);
        if (timing.isQuiet(fireAt) || !fireAt.isBefore(dueAt)) {
            return Optional.empty(); // planned late at night for early the next morning: no moment is left to remind
        }
        String slot = "meeting#" + taskId;
        return Optional.of(new Occurrence(slot, slot + "#" + dueAt, fireAt));
    }

    /**
     * A prolongation reminder at {@link #DAY_REMINDER_AT} owner-local {@code daysBefore} days before the contract ends
     * (moved out of quiet hours). When that day has passed but the contract has not ended, right away; empty
     * once the contract's last day is over.
     */
    public static Optional<Occurrence> prolongation(String clientId, LocalDate contractEnd, int daysBefore, Timing timing,
                                                    Instant now) {
        if (!contractEnd.plusDays(1).atStartOfDay(timing.zone()).toInstant().isAfter(now)) {
            return Optional.empty();
        }
        ZonedDateTime fire = timing.deliverable(ZonedDateTime.of(contractEnd.minusDays(daysBefore), DAY_REMINDER_AT, timing.zone()));
        String slot = "prolong#" + clientId;
        return Optional.of(new Occurrence(slot, slot + "#" + contractEnd, notBeforeNextTick(fire.toInstant(), now)));
    }

    /**
     * The reminder that a lead is still waiting: at its {@code contactBy} (already working time: the tenant's SLA),
     * moved out of the owner's quiet hours. The occurrence names the deadline, so a new deadline is a new reminder.
     */
    public static Occurrence leadSla(String leadId, Instant contactBy, Timing timing, Instant now) {
        ZonedDateTime fire = timing.deliverable(contactBy.atZone(timing.zone()));
        String slot = "leadsla#" + leadId;
        return new Occurrence(slot, slot + "#" + contactBy, notBeforeNextTick(fire.toInstant(), now));
    }

    /**
     * The next birthday greeting reminder at {@link #DAY_REMINDER_AT} owner-local on the birthday (today's if that
     * moment is still ahead). A 29 February birthday is remembered on 28 February in other years.
     */
    public static Occurrence birthday(String contactId, LocalDate birthday, Timing timing, Instant now) {
        MonthDay day = MonthDay.from(birthday);
        int year = LocalDate.ofInstant(now, timing.zone()).getYear();
        for (; ; year++) {
            ZonedDateTime fire = timing.deliverable(ZonedDateTime.of(day.atYear(year), DAY_REMINDER_AT, timing.zone()));
            if (fire.toInstant().isAfter(now)) {
                String slot = "birthday#" + contactId;
                return new Occurrence(slot, slot + "#" + year, fire.toInstant());
            }
        }
    }

    /** The birthday after the one of {@code year} (re-planning after it fired). */
    public static Occurrence birthdayAfter(String contactId, LocalDate birthday, int year, Timing timing, Instant now) {
        ZonedDateTime startOfNextYear = LocalDate.of(year + 1, 1, 1).atStartOfDay(timing.zone());
        Instant from = later(startOfNextYear.toInstant().minusSeconds(1), now);
        return birthday(contactId, birthday, timing, from);
    }

    static Instant notBeforeNextTick(Instant fireAt, Instant now) {
        Instant next = now.plus(NEXT_TICK);
        return fireAt.isBefore(next) ? next : fireAt;
    }
}
