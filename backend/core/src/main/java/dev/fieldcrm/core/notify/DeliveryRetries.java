package dev.fieldcrm.core.notify;

import dev.fieldcrm.core.events.ScheduledJob;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends failed deliveries again when their retry time has come, and takes over claims whose Postman died (their lease
 * ran out). Reads the retry index from its checkpoint (less {@link NotifySettings#retryOverlap()}: re-reading is
 * harmless, claims are conditional) up to now, then advances the checkpoint. Callers of the Postman never retry.
 */
public final class DeliveryRetries implements ScheduledJob {
    /** The due-index kind of deliveries waiting for a retry. */
    public static final String KIND = "retry";
    private static final System.Logger LOG = System.getLogger(DeliveryRetries.class.getName());

    private final Deliveries deliveries;
    private final ReliablePostman postman;
    private final Duration overlap;

    public DeliveryRetries(Deliveries deliveries, ReliablePostman postman, NotifySettings settings) {
        this.deliveries = deliveries;
        this.postman = postman;
        this.overlap = settings.retryOverlap();
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public void run(Instant now) {
        Optional<Instant> checkpoint = deliveries.checkpoint();
        Instant from = checkpoint.orElse(now.minus(Duration.ofHours(1))).minus(overlap);
        RuntimeException firstFailure = null;
        for (Delivery due : deliveries.due(from, now)) {
            try {
                postman.retry(due);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "retry of delivery " + due.id() + " failed", e);
                firstFailure = firstFailure == null ? e : firstFailure;
            }
        }
        if (firstFailure != null) {
            // Not advancing: the next run reads this span again (claims are conditional, nothing is sent twice).
            throw firstFailure;
        }
        if (checkpoint.isEmpty() || now.isAfter(checkpoint.get())) {
            // Never backwards (a late or replayed tick): the span after the checkpoint is still to be read.
            deliveries.advance(checkpoint, now);
        }
    }
}
