package dev.fieldcrm.core.idempotency;

import java.time.Instant;

/** What the store keeps for a key until it expires. */
public record IdempotencyRecord(String key, String requestHash, StoredResponse response, Instant createdAt) {
}
