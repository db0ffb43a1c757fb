package dev.fieldcrm.core.webhooks;

import java.time.Duration;
import java.time.Instant;

/**
 * One event for one subscription and every attempt to deliver it. The id is derived from the stream event and the
 * subscription ({@link WebhookIds#delivery}), so a redelivered stream record finds its delivery exists and does not
 * make a second one; it is also what receivers see in {@code X-FieldCRM-Delivery} to drop duplicates of their own.
 *
 * @param payload             the JSON body, fixed at creation so every attempt sends the same bytes
 * @param attempts            attempts made so far (reset by a manual redelivery)
 * @param nextAttemptAt       when it is due (PENDING) or when the running attempt's lease ends (SENDING); null when
 *                            DELIVERED or PARKED — only items with it are on the due index
 * @param lastResponseCode    HTTP status of the last attempt (null when none came back)
 * @param lastResponseExcerpt the first bytes of the last response body (at most {@link #EXCERPT_CHARS} characters)
 * @param lastError           why the last attempt failed, when it did
 * @param expiresAt           epoch second after which DynamoDB's TTL removes the delivery (30 days after the event)
 * @param version             incremented on every change; attempts are claimed conditionally on it
 */
public record WebhookDelivery(String id, String subscriptionId, String eventId, WebhookEvent event, Instant occurredAt,
                              String payload, WebhookDeliveryStatus status, int attempts, Instant nextAttemptAt,
                              Instant lastAttemptAt, Integer lastResponseCode, String lastResponseExcerpt,
                              String lastError, Instant deliveredAt, Instant createdAt, long expiresAt, long version) {

    public static final int EXCERPT_CHARS = 500;
    static final Duration KEPT = Duration.ofDays(30);

    static WebhookDelivery pending(String id, String subscriptionId, String eventId, WebhookEvent event,
                                   Instant occurredAt, String payload, Instant now) {
        return new WebhookDelivery(id, subscriptionId, eventId, event, occurredAt, payload, WebhookDeliveryStatus.PENDING, 0,
                now, null, null, null, null, null, now, occurredAt.plus(KEPT).getEpochSecond(), 1);
    }

    /** Whether the scheduler should attempt it at {@code now} (a lapsed lease counts as due). */
    public boolean isDueAt(Instant now) {
        return (status == WebhookDeliveryStatus.PENDING || status == WebhookDeliveryStatus.SENDING)
                && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /** Taken by one worker for one attempt, until {@code now + lease}: others see it as not due. */
    WebhookDelivery claimed(Instant now, Duration lease) {
        return with(WebhookDeliveryStatus.SENDING, attempts + 1, now.plus(lease), now, lastResponseCode, lastResponseExcerpt,
                lastError, deliveredAt);
    }

    WebhookDelivery delivered(Instant now, int code, String excerpt) {
        return with(WebhookDeliveryStatus.DELIVERED, attempts, null, lastAttemptAt, code, excerpt, null, now);
    }

    WebhookDelivery retryAt(Instant next, Integer code, String excerpt, String error) {
        return with(WebhookDeliveryStatus.PENDING, attempts, next, lastAttemptAt, code, excerpt, error, deliveredAt);
    }

    WebhookDelivery parked(Integer code, String excerpt, String error) {
        return with(WebhookDeliveryStatus.PARKED, attempts, null, lastAttemptAt, code, excerpt, error, deliveredAt);
    }

    /** A manual redelivery: due now, with a fresh budget of attempts; the last response stays visible. */
    WebhookDelivery redelivered(Instant now) {
        return with(WebhookDeliveryStatus.PENDING, 0, now, lastAttemptAt, lastResponseCode, lastResponseExcerpt, lastError,
                deliveredAt);
    }

    private WebhookDelivery with(WebhookDeliveryStatus newStatus, int newAttempts, Instant next, Instant lastAttempt,
                                 Integer code, String excerpt, String error, Instant delivered) {
        return new WebhookDelivery(id, subscriptionId, eventId, event, occurredAt, payload, newStatus, newAttempts,
                next, lastAttempt, code, excerpt, error, delivered, createdAt, expiresAt, version + 1);
    }
}
