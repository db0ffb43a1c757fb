package dev.fieldcrm.core.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of {@link Delivery} records (DynamoDB in {@code core.dynamo}). Every write is conditional, which is what
 * makes a send happen at most once per claim.
 */
public interface Deliveries {
    /**
     * Writes {@code claim} if no delivery with its id exists. A claim found stored with its own token and version is
     * this write, applied by an attempt whose answer was lost: it counts as written.
     *
     * @return empty when written (the caller holds the claim); otherwise the stored delivery, unchanged
     */
    Optional<Delivery> createOrGet(Delivery claim);

    /**
     * Replaces the stored delivery if it still has {@code expectedVersion}; false when another write came first. True
     * also when the stored delivery is {@code next} itself (same claim token and version: written by an attempt whose
     * answer was lost).
     */
    boolean replace(Delivery next, long expectedVersion);

    /** The delivery of a message id, read consistently. */
    Optional<Delivery> find(String tenantId, String id);

    /** Deliveries put on the retry index (failed ones at their retry time, claims at their lease end) in the span. */
    List<Delivery> due(Instant after, Instant until);

    /** Until when the retry job has read the index; empty before its first run. */
    Optional<Instant> checkpoint();

    /** Moves the retry job's checkpoint; false when another run moved it meanwhile. */
    boolean advance(Optional<Instant> from, Instant to);
}
