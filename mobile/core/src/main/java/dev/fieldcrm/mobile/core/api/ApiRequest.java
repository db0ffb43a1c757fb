package dev.fieldcrm.mobile.core.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One HTTP request to the API, as data, so that an outbox command can store it and send it again after a restart.
 *
 * @param method         GET, POST, PUT, PATCH, DELETE
 * @param path           path and query below the base URL, e.g. {@code /api/v1/clients/01H…/interactions}
 * @param body           JSON body or null
 * @param idempotencyKey sent as {@code Idempotency-Key} when not null (the command's ULID)
 * @param ifMatch        the record version the change is based on, sent as {@code If-Match: "<version>"} when not null
 */
public record ApiRequest(String method, String path, JsonNode body, String idempotencyKey, Long ifMatch) {

    public static ApiRequest get(String path) {
        return new ApiRequest("GET", path, null, null, null);
    }

    /** The same request based on another version (keep-mine after a conflict). */
    public ApiRequest basedOn(Long version) {
        return new ApiRequest(method, path, body, idempotencyKey, version);
    }

    /** The same request under another idempotency key (a re-send that must not replay the first answer). */
    public ApiRequest withIdempotencyKey(String key) {
        return new ApiRequest(method, path, body, key, ifMatch);
    }
}
