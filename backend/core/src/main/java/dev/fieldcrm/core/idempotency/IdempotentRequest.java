package dev.fieldcrm.core.idempotency;

import java.util.function.Function;

/**
 * A write that must happen at most once per key: its first response is stored in the same transaction
 * as the write itself.
 *
 * @param key         the client's Idempotency-Key (scoped to the caller)
 * @param requestHash fingerprint of method, path and body: the same key with another request is refused
 * @param render      turns the created or changed record into the response to store
 */
public record IdempotentRequest(String key, String requestHash, Function<Object, StoredResponse> render) {
}
