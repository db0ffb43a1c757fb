package dev.fieldcrm.core.webhooks;

import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Turns stream changes into deliveries and makes the attempts (the worker's side of webhooks).
 *
 * <p>On a change: the tenant's subscriptions (one Query, cached for {@link #CACHE_FOR}) × the events of the change
 * become deliveries with deterministic ids, created together in one transaction; if the stream redelivers the
 * change, that transaction finds them exist and nothing is added. Each new delivery is attempted at once, on a
 * thread of its own ({@link FirstAttempts}); the stream handler goes on with the batch and, at its end
 * ({@link #batchEnded()}), waits for those attempts at most {@link DeliveryPolicy#firstAttemptsBudget()} in all — a
 * slow receiver cannot hold the stream. The retry job's attempts ({@link #attempt}) run on the caller's thread.
 *
 * <p>An attempt: claim the delivery (a conditional write moves it to SENDING with a lease, so a concurrent worker
 * or the retry job cannot send it at the same time), POST it signed, then record the outcome: delivered; or due
 * again after a backoff; or, after {@link DeliveryPolicy#maxAttempts()} or for a forbidden target, parked and
 * handed to the dead-letter queue. The subscription counts consecutive failures and switches itself off after
 * {@link DeliveryPolicy#disableAfter()}. A worker that dies mid-attempt leaves the lease to lapse: the delivery is
 * due again then (at-least-once; receivers drop duplicates by {@code X-FieldCRM-Delivery}).
 */
public final class WebhookDispatcher implements ChangeListener {
    public static final String EVENT_HEADER = "X-FieldCRM-Event";
    public static final String DELIVERY_HEADER = "X-FieldCRM-Delivery";
    public static final String TIMESTAMP_HEADER = "X-FieldCRM-Timestamp";
    public static final String SIGNATURE_HEADER = "X-FieldCRM-Signature";
    static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    private final WebhookStore store;
    private final ChangeWriter writer;
    private final WebhookTransport transport;
    private final WebhookDeadLetters deadLetters;
    private final DeliveryPolicy policy;
    private final Clock clock;
    private final Map<String, Cached> subscriptions = new ConcurrentHashMap<>();
    private final FirstAttempts firstAttempts;

    private record Cached(List<WebhookSubscription> subscriptions, Instant readAt) {
    }

    public WebhookDispatcher(WebhookStore store, ChangeWriter writer, WebhookTransport transport,
                             WebhookDeadLetters deadLetters, DeliveryPolicy policy, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.transport = transport;
        this.deadLetters = deadLetters;
        this.policy = policy;
        this.clock = clock;
        this.firstAttempts = new FirstAttempts(policy.firstAttemptsBudget());
    }

    @Override
    public void on(Change change) {
        if (change.after() == null) {
            return;
        }
        List<EventOccurrence> occurrences = WebhookEvents.of(change);
        if (occurrences.isEmpty()) {
            return;
        }
        List<WebhookSubscription> subscribed = subscriptions(change.tenantId());
        Instant now = clock.instant();
        List<WebhookDelivery> deliveries = new ArrayList<>();
        for (EventOccurrence occurrence : occurrences) {
            String eventId = WebhookIds.event(change.eventId(), occurrence.event(), occurrence.occurredAt());
            String payload = WebhookEvents.payload(eventId, occurrence);
            for (WebhookSubscription subscription : subscribed) {
                if (subscription.wants(occurrence.event())) {
                    deliveries.add(WebhookDelivery.pending(WebhookIds.delivery(eventId, subscription.id(), occurrence.occurredAt()),
                            subscription.id(), eventId, occurrence.event(), occurrence.occurredAt(), payload, now));
                }
            }
        }
        if (deliveries.isEmpty()) {
            return;
        }
        ChangeSet changes = new ChangeSet();
        deliveries.forEach(changes::create);
        try {
            writer.apply(change.tenantId(), changes);
        } catch (AlreadyExists redelivered) {
            // The stream delivered this change before: its deliveries exist and are being (or were) attempted.
            return;
        }
        for (WebhookDelivery delivery : deliveries) {
            firstAttempts.start(() -> attempt(change.tenantId(), delivery));
        }
    }

    /** Waits for the batch's first attempts within the budget; those still running finish on their own (see {@link FirstAttempts}). */
    @Override
    public void batchEnded() {
        int unfinished = firstAttempts.awaitWithinBudget();
        if (unfinished > 0) {
            LOG.info(() -> unfinished + " first webhook attempt(s) still waiting for their receivers after "
                    + policy.firstAttemptsBudget().toMillis() + " ms; they hold their leases and finish on their own");
        }
    }

    /** The tenant's subscriptions, read again after {@link #CACHE_FOR} (so a new one starts receiving quickly). */
    private List<WebhookSubscription> subscriptions(String tenantId) {
        Instant now = clock.instant();
        Cached cached = subscriptions.get(tenantId);
        if (cached == null || cached.readAt().plus(CACHE_FOR).isBefore(now) || cached.readAt().isAfter(now)) {
            cached = new Cached(store.subscriptions(tenantId), now);
            subscriptions.put(tenantId, cached);
        }
        return cached.subscriptions();
    }

    /** Forgets the cached subscriptions (tests; a worker sees changes after {@link #CACHE_FOR} anyway). */
    public void forgetSubscriptions() {
        subscriptions.clear();
    }

    /**
     * One attempt at a delivery as last read (from the due index or just created). Does nothing when another
     * worker holds or has finished it (the claim's version condition fails).
     */
    public void attempt(String tenantId, WebhookDelivery seen) {
        Instant now = clock.instant();
        Optional<WebhookSubscription> found = store.subscription(tenantId, seen.subscriptionId());
        if (found.isEmpty() || !found.get().active()) {
            String reason = found.isEmpty() ? "the subscription was deleted" : "the subscription is inactive";
            tryWrite(tenantId, seen.parked(seen.lastResponseCode(), seen.lastResponseExcerpt(), reason), seen.version());
            return;
        }
        WebhookSubscription subscription = found.get();
        WebhookDelivery claimed = seen.claimed(now, policy.lease());
        if (!tryWrite(tenantId, claimed, seen.version())) {
            return;
        }
        byte[] body = claimed.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put(EVENT_HEADER, claimed.event().name());
        headers.put(DELIVERY_HEADER, claimed.id());
        headers.put(TIMESTAMP_HEADER, Long.toString(timestamp));
        // After a rotation both signatures, comma-separated: a receiver that checks either secret accepts it.
        headers.put(SIGNATURE_HEADER, subscription.signingSecrets(now).stream()
                .map(secret -> WebhookSignature.sign(secret, timestamp, body)).collect(Collectors.joining(",")));

        WebhookDelivery outcome;
        boolean failed;
        try {
            WebhookTransport.Response response = transport.post(URI.create(subscription.url()), headers, body);
            failed = !response.isSuccess();
            String excerpt = excerpt(response.excerpt());
            outcome = response.isSuccess() ? claimed.delivered(clock.instant(), response.status(), excerpt)
                    : afterFailure(claimed, response.status(), excerpt, failureReason(response.status()), false);
        } catch (WebhookTransport.Failure failure) {
            failed = true;
            outcome = afterFailure(claimed, null, null, failure.getMessage(), failure.permanent());
        }
        if (tryWrite(tenantId, outcome, claimed.version()) && outcome.status() == WebhookDeliveryStatus.PARKED) {
            deadLetters.park(tenantId, outcome, outcome.lastError());
        }
        recordHealth(tenantId, subscription, failed);
    }

    private WebhookDelivery afterFailure(WebhookDelivery claimed, Integer code, String excerpt, String reason, boolean permanent) {
        if (permanent || claimed.attempts() >= policy.maxAttempts()) {
            String why = permanent ? reason : reason + " (gave up after " + claimed.attempts() + " attempts)";
            return claimed.parked(code, excerpt, why);
        }
        return claimed.retryAt(clock.instant().plus(policy.delayAfter(claimed.attempts())), code, excerpt, reason);
    }

    private static String failureReason(int status) {
        return status >= 300 && status < 400 ? "answered " + status + " (redirects are not followed)" : "answered " + status;
    }

    private static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= WebhookDelivery.EXCERPT_CHARS ? text : text.substring(0, WebhookDelivery.EXCERPT_CHARS);
    }

    /** Success resets the failure count, each failure adds one; retried on a concurrent change of the subscription. */
    private void recordHealth(String tenantId, WebhookSubscription seen, boolean failed) {
        WebhookSubscription current = seen;
        for (int attempt = 0; attempt < 3; attempt++) {
            if (!failed && current.consecutiveFailures() == 0 && current.lastSuccessAt() != null) {
                return;  // nothing to record: no write per successful delivery
            }
            WebhookSubscription next = failed ? current.failed(clock.instant(), policy.disableAfter())
                    : current.succeeded(clock.instant());
            if (tryWrite(tenantId, next, current.version())) {
                if (next.disabledAt() != null && current.disabledAt() == null) {
                    LOG.warning(() -> "webhook " + seen.id() + " of tenant " + tenantId + " disabled: " + next.disabledReason());
                }
                return;
            }
            Optional<WebhookSubscription> reread = store.subscription(tenantId, seen.id());
            if (reread.isEmpty()) {
                return;
            }
            current = reread.get();
        }
        LOG.log(Level.WARNING, "could not record the health of webhook {0} (kept changing)", seen.id());
    }

    /** Writes one record on its version; false when someone else changed it first. */
    private boolean tryWrite(String tenantId, Object record, long expectedVersion) {
        try {
            writer.apply(tenantId, new ChangeSet().replace(record, expectedVersion));
            return true;
        } catch (VersionConflict | AlreadyExists lost) {
            return false;
        }
    }
}
