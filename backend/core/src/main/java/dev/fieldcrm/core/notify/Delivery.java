package dev.fieldcrm.core.notify;

import java.time.Instant;
import java.util.Objects;

/**
 * The record of sending one {@link Outgoing} (one per {@code Outgoing.id}): claimed before the provider is called,
 * updated after. It keeps the message itself so that a retry re-renders it without its producer.
 *
 * @param id                the outgoing message's deterministic id
 * @param status            where the delivery stands
 * @param attempts          provider attempts started so far (a claim counts as one)
 * @param lastError         the last failure's reason, or null
 * @param providerMessageId SES/SNS message id once sent
 * @param outgoing          the message, as handed to the Postman
 * @param createdAt         first claim
 * @param updatedAt         last change
 * @param leaseUntil        while SENDING: until when the claim holds (after it, another Postman may take over)
 * @param retryAt           while FAILED: when the retry job tries again
 * @param version           optimistic lock, +1 per write
 * @param expiresAt         once final (SENT, PARKED, SUPPRESSED, CAPPED): when DynamoDB's TTL removes it (epoch seconds);
 *                          until then a message with the same id is not sent again
 * @param claimToken        the random name of the claim that wrote it ({@link ClaimToken}), kept by the claim's outcome:
 *                          a write whose answer was lost is recognised as ours by it (null on items from before it)
 */
public record Delivery(String id, DeliveryStatus status, int attempts, String lastError, String providerMessageId,
                       Outgoing outgoing, Instant createdAt, Instant updatedAt, Instant leaseUntil, Instant retryAt,
                       long version, Long expiresAt, String claimToken) {
    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(outgoing, "outgoing");
    }

    /** A first claim of a message never seen before, named {@code token}. */
    static Delivery firstClaim(Outgoing message, Instant now, Instant leaseUntil, String token) {
        return new Delivery(message.id(), DeliveryStatus.SENDING, 1, null, null, message, now, now, leaseUntil, null, 1,
                null, token);
    }

    /**
     * Whether {@code stored} is this very write: same claim token and same version. A conditional write whose answer
     * was lost is sent again by the SDK and fails its own condition; this tells that from another Postman's write
     * (a rival's claim has another token; a later write of the same claim has a higher version).
     */
    public boolean sameWriteAs(Delivery stored) {
        return claimToken != null && claimToken.equals(stored.claimToken) && version == stored.version;
    }

    /** The same delivery, removed by the table's TTL at {@code expiresAt} (a final outcome is kept that long). */
    Delivery expiringAt(Instant expiry) {
        return new Delivery(id, status, attempts, lastError, providerMessageId, outgoing, createdAt, updatedAt,
                leaseUntil, retryAt, version, expiry.getEpochSecond(), claimToken);
    }

    public String tenantId() {
        return outgoing.tenantId();
    }

    /**
     * Whether a Postman may claim it at {@code now}: a failure whose retry time has come, or a claim whose lease ran
     * out (its Postman died between claim and record: the message may have gone out, see docs/decisions.md).
     */
    public boolean claimableAt(Instant now) {
        return switch (status) {
            case FAILED -> retryAt == null || !retryAt.isAfter(now);
            case SENDING -> leaseUntil == null || leaseUntil.isBefore(now);
            case SENT, PARKED, SUPPRESSED, CAPPED -> false;
        };
    }

    /** The next claim of this delivery, named {@code token}. */
    Delivery reclaimed(Instant now, Instant leaseUntil, String token) {
        return new Delivery(id, DeliveryStatus.SENDING, attempts + 1, lastError, null, outgoing, createdAt, now,
                leaseUntil, null, version + 1, null, token);
    }

    Delivery sent(String providerId, Instant now) {
        return new Delivery(id, DeliveryStatus.SENT, attempts, null, providerId, outgoing, createdAt, now, null, null,
                version + 1, null, claimToken);
    }

    Delivery failed(String reason, Instant now, Instant retryAt) {
        return new Delivery(id, DeliveryStatus.FAILED, attempts, reason, null, outgoing, createdAt, now, null, retryAt,
                version + 1, null, claimToken);
    }

    /** Failed, and its next claim parks it without sending (attempts at least the maximum). */
    Delivery toParkAgain(String reason, int maxAttempts, Instant now, Instant retryAt) {
        return new Delivery(id, DeliveryStatus.FAILED, Math.max(attempts, maxAttempts), reason, null, outgoing,
                createdAt, now, null, retryAt, version + 1, null, claimToken);
    }

    Delivery parked(String reason, Instant now) {
        return new Delivery(id, DeliveryStatus.PARKED, attempts, reason, null, outgoing, createdAt, now, null, null,
                version + 1, null, claimToken);
    }

    Delivery suppressed(String reason, Instant now) {
        return new Delivery(id, DeliveryStatus.SUPPRESSED, attempts, reason, null, outgoing, createdAt, now, null, null,
                version + 1, null, claimToken);
    }

    Delivery capped(String reason, Instant now) {
        return new Delivery(id, DeliveryStatus.CAPPED, attempts, reason, null, outgoing, createdAt, now, null, null,
                version + 1, null, claimToken);
    }
}
