package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.events.ScheduledJob;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A {@link ScheduledJob} that handles the items of one kind on the {@link DueIndex} that fell due since its last run:
 * reads the kind's checkpoint, Queries {@link DynamoDueQueries#due} for (checkpoint, now], hands each item to the
 * handler, then advances the checkpoint to {@code now}. Its first run looks back {@link #FIRST_LOOK_BACK}; a tick
 * at or before the checkpoint (a late or duplicate delivery) reads nothing.
 *
 * <p>A handler must be idempotent (a concurrent or retried tick may hand it the same item again) and should deal
 * with an item's permanent failure itself; an exception it throws leaves the checkpoint where it was, so the next
 * tick reads the same span again (for transient failures).
 *
 * <p>Calls per tick: one GetItem (checkpoint), one Query per shard and hour bucket of the span (8 within an hour),
 * the handler's own, one conditional PutItem (checkpoint).
 *
 * @param <T> the record type of the due items
 */
public final class DueJob<T> implements ScheduledJob {
    /** How far back a kind's very first run looks. */
    public static final Duration FIRST_LOOK_BACK = Duration.ofHours(1);

    /** Handles one due item. */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(String tenantId, T record);
    }

    private final String kind;
    private final Class<T> type;
    private final DynamoDueQueries due;
    private final Handler<T> handler;

    public DueJob(String kind, Class<T> type, DynamoDueQueries due, Handler<T> handler) {
        this.kind = kind;
        this.type = type;
        this.due = due;
        this.handler = handler;
    }

    @Override
    public String name() {
        return "due-" + kind;
    }

    @Override
    public void run(Instant now) {
        Optional<Instant> checkpoint = due.checkpoint(kind);
        Instant from = checkpoint.orElse(now.minus(FIRST_LOOK_BACK));
        if (!now.isAfter(from)) {
            return;
        }
        for (DynamoDueQueries.Due<T> item : due.due(kind, from, now, type)) {
            handler.handle(item.tenantId(), item.record());
        }
        due.advance(kind, checkpoint, now);
    }
}
