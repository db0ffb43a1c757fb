package dev.fieldcrm.core.webhooks;

import dev.fieldcrm.core.events.ScheduledJob;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Once a minute: attempts the deliveries that fell due since the last run (retries, lapsed leases, manual
 * redeliveries), found on the due index (kind {@value #KIND}) by Query. Each run re-reads a short
 * {@link #OVERLAP} before its checkpoint, so an item written with a due time just before a run's own clock (an
 * API node's clock, index lag) is not skipped; re-reading is harmless because every attempt is claimed on the
 * delivery's version first.
 */
public final class WebhookRetryJob implements ScheduledJob {
    public static final String KIND = "webhook";
    static final Duration OVERLAP = Duration.ofMinutes(2);
    static final Duration FIRST_RUN = Duration.ofHours(1);

    private final WebhookStore store;
    private final WebhookDispatcher dispatcher;

    public WebhookRetryJob(WebhookStore store, WebhookDispatcher dispatcher) {
        this.store = store;
        this.dispatcher = dispatcher;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public void run(Instant now) {
        Optional<Instant> checkpoint = store.checkpoint();
        Instant from = checkpoint.orElse(now.minus(FIRST_RUN)).minus(OVERLAP);
        if (!from.isBefore(now)) {
            return;  // a late tick (EventBridge retried an older event): a newer run has read this span already
        }
        for (WebhookStore.Due due : store.due(from, now)) {
            if (due.delivery().isDueAt(now)) {
                dispatcher.attempt(due.tenantId(), due.delivery());
            }
        }
        store.advance(checkpoint, now);
    }
}
