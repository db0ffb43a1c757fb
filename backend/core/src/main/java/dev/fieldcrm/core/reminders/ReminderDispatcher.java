package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.events.ScheduledJob;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the reminders that fell due since the last run (kind {@value #KIND} on the due index): for each pending
 * occurrence it re-reads the slot (the index is eventually consistent; the slot may have been re-planned), builds
 * the content, delivers it through the {@link ReminderDelivery} and then moves the slot on: the next digest, nudge
 * or birthday, else handled. Then it advances the checkpoint.
 *
 * <p>A worker that was down reads the whole missed span at once (catch-up); two dispatchers reading the same span
 * send nothing twice, because every message id is deterministic and the Postman sends an id once, and only one of
 * them moves each slot on (the write is conditional on the slot's version). Within quiet hours a reminder other than
 * the digest is moved to their end instead of being sent (preferences may have changed since it was planned).
 *
 * <p>Occurrences are handled on a small pool of threads ({@code parallelism}): each is a few DynamoDB round trips,
 * and a busy 08:00 has one digest per rep.
 */
public final class ReminderDispatcher implements ScheduledJob {
    public static final String KIND = "reminder";
    /** Where a first run (no checkpoint yet) starts reading. */
    static final Duration FIRST_LOOK_BACK = Duration.ofHours(1);
    /** How long a reminder whose handling failed waits before it is tried again. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(ReminderDispatcher.class.getName());

    private final ReminderStore store;
    private final Recipients recipients;
    private final ReminderContent content;
    private final ReminderDelivery delivery;
    private final ChangeWriter writer;
    private final int parallelism;

    public ReminderDispatcher(ReminderStore store, Recipients recipients, ReminderContent content, ReminderDelivery delivery,
                              ChangeWriter writer, int parallelism) {
        this.store = store;
        this.recipients = recipients;
        this.content = content;
        this.delivery = delivery;
        this.writer = writer;
        this.parallelism = Math.max(1, parallelism);
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public void run(Instant now) {
        Optional<Instant> checkpoint = store.checkpoint();
        Instant from = checkpoint.orElse(now.minus(FIRST_LOOK_BACK));
        if (!from.isBefore(now)) {
            return;
        }
        dispatch(from, now);
        store.advance(checkpoint, now);
    }

    /**
     * Handles the reminders due after {@code from} up to {@code now} (without touching the checkpoint).
     *
     * @return how many due entries were read
     * @throws IllegalStateException when some could neither be sent nor deferred (then the span must be read again)
     */
    public int dispatch(Instant from, Instant now) {
        List<ReminderStore.Due> due = store.due(from, now);
        int failed = 0;
        if (parallelism == 1 || due.size() < 2) {
            for (ReminderStore.Due d : due) {
                failed += handleSafely(d, now) ? 0 : 1;
            }
        } else {
            try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, due.size()))) {
                List<Future<Boolean>> results = new ArrayList<>();
                for (ReminderStore.Due d : due) {
                    results.add(pool.submit(() -> handleSafely(d, now)));
                }
                for (Future<Boolean> result : results) {
                    failed += result.get() ? 0 : 1;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dispatching reminders", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("dispatching a reminder failed", e.getCause());
            }
        }
        if (failed > 0) {
            // The checkpoint stays: the next run reads this span again; what was sent is not sent again.
            throw new IllegalStateException(failed + " due reminders could be neither sent nor deferred");
        }
        return due.size();
    }

    /** @return false only if the occurrence could neither be handled nor deferred */
    private boolean handleSafely(ReminderStore.Due due, Instant now) {
        try {
            handle(due.tenantId(), due.reminder(), now);
            return true;
        } catch (VersionConflict movedOnMeanwhile) {
            return true; // another dispatcher (or a re-plan) changed the slot: it is that one's to handle
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reminder " + due.reminder().occurrenceId() + " failed; retried in " + RETRY_AFTER, e);
            return defer(due, now.plus(RETRY_AFTER), now);
        }
    }

    private boolean defer(ReminderStore.Due due, Instant until, Instant now) {
        try {
            writer.apply(due.tenantId(), new ChangeSet().replace(due.reminder().deferredTo(until, now), due.reminder().version()));
            return true;
        } catch (VersionConflict movedOnMeanwhile) {
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not defer reminder " + due.reminder().occurrenceId(), e);
            return false;
        }
    }

    /**
     * One read for the slot and its recipient: the index entry names the recipient, so their user and preferences
     * come in the same BatchGetItem as the slot; only a slot handed to someone else since costs another read.
     */
    private void handle(String tenantId, Reminder indexed, Instant now) {
        ReminderStore.SlotRead read = store.slotWithRecipient(tenantId, indexed.slot(), indexed.recipientId());
        Optional<Reminder> current = read.reminder()
                .filter(r -> r.pending() && r.occurrenceId().equals(indexed.occurrenceId()) && !r.fireAt().isAfter(now));
        if (current.isEmpty()) {
            return;
        }
        Reminder reminder = current.get();
        Optional<Recipient> recipient = Objects.equals(reminder.recipientId(), indexed.recipientId())
                ? recipients.of(tenantId, reminder.recipientId(), read.expectedRecipient())
                : recipients.find(tenantId, reminder.recipientId());
        if (recipient.isEmpty()) {
            writer.apply(tenantId, new ChangeSet().replace(reminder.handled(now), reminder.version()));
            return;
        }
        Recipient r = recipient.get();
        if (reminder.kind() != ReminderKind.DIGEST && r.isQuiet(now)) {
            writer.apply(tenantId, new ChangeSet().replace(reminder.deferredTo(r.timing().deliverable(now), now), reminder.version()));
            return;
        }
        Optional<Map<String, Object>> model = content.of(reminder, r, now);
        model.ifPresent(m -> delivery.deliver(r, reminder.kind(), reminder.occurrenceId(), m));
        writer.apply(tenantId, new ChangeSet().replace(next(reminder, r, now), reminder.version()));
    }

    /** The slot after an occurrence: the following digest, nudge or birthday; else the occurrence, handled. */
    private static Reminder next(Reminder handled, Recipient r, Instant now) {
        Occurrence following = switch (handled.kind()) {
            case DIGEST -> ReminderPlanning.followingDigest(r.user().id(), r.preferences().digestAt(), r.timing().zone(),
                    handled.fireAt(), now);
            case OVERDUE -> ReminderPlanning.followingOverdueNudge(r.user().id(), r.timing(), handled.fireAt(), now);
            case BIRTHDAY -> birthdayAfter(handled, r, now);
            case MEETING, PROLONGATION, LEAD_ASSIGNED, LEAD_SLA -> null;
        };
        return following == null ? handled.handled(now) : new Reminder(following.slot(), following.id(), handled.kind(),
                handled.recipientId(), handled.clientId(), handled.subjectId(), handled.details(), following.fireAt(), true,
                now, handled.version() + 1);
    }

    // The occurrence id ends with the year it was for; the birthday itself rides along in the details (a 29 February
    // birthday fires on 28 February in other years, so the fired date would not do).
    private static Occurrence birthdayAfter(Reminder handled, Recipient r, Instant now) {
        String id = handled.occurrenceId();
        int year = Integer.parseInt(id.substring(id.lastIndexOf('#') + 1));
        var birthday = java.time.LocalDate.parse(handled.details().get(ReminderPlanner.BIRTHDAY));
        return ReminderPlanning.birthdayAfter(handled.subjectId(), birthday, year, r.timing(), now);
    }
}
