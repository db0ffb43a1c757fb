package dev.fieldcrm.mobile.core.outbox;

import dev.fieldcrm.mobile.core.api.ApiRequest;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.time.Instant;

/**
 * One change the rep made, waiting to reach the server.
 *
 * @param id            a monotonic ULID made on the device: orders the outbox and is the request's
 *                      {@code Idempotency-Key}, so a re-send after a lost answer replays the first answer instead of
 *                      acting twice
 * @param label         what the rep did, for the "pending" list ("Visit logged at Acme")
 * @param request       the HTTP request to send (its {@code idempotencyKey} is {@code id})
 * @param target        the record the command creates or changes (kind + id), so its answer can be stored locally
 *                      and a conflict can show the server's version; kind may be null for commands without one
 * @param targetId      that record's id (client-generated for creations that accept one), or null
 * @param clientId      the client the record belongs to, or null
 * @param readPath      where the server's current version of the target can be read (for a conflict), or null
 * @param createdAt     when the rep did it
 * @param attempts      how many sends failed so far for a retryable reason
 * @param notBefore     the earliest moment of the next send (backoff), or null for "now"
 * @param lastError     the last retryable failure, for the pending list, or null
 */
public record OutboxCommand(String id, String label, ApiRequest request, RecordKind target, String targetId,
                            String clientId, String readPath, Instant createdAt, int attempts, Instant notBefore,
                            String lastError) {

    /** The command after one more retryable failure, due again at {@code notBefore}. */
    public OutboxCommand failedOnce(String error, Instant nextAttempt) {
        return new OutboxCommand(id, label, request, target, targetId, clientId, readPath, createdAt, attempts + 1,
                nextAttempt, error);
    }

    /** Whether it may be sent at {@code now}. */
    public boolean isDue(Instant now) {
        return notBefore == null || !notBefore.isAfter(now);
    }
}
