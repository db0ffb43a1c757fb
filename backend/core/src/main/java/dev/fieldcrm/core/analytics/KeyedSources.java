package dev.fieldcrm.core.analytics;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The source records of the aggregate families that no owner's record list holds (see {@link Reconciliation}): the
 * leads, stage moves (deal history entries), steps (open and done tasks) and payments that count for one owner in a
 * time window, each read through an index keyed by that owner and time, so a month is a few Queries.
 */
public interface KeyedSources {

    /**
     * Hands every such record of {@code ownerId} timed in [from, to) to {@code record}, each once (a step due and done
     * in the window is handed once). {@code ownerId} null: the leads without an owner, the only records without one.
     */
    void each(String tenantId, String ownerId, Instant from, Instant to, Consumer<Object> record);
}
