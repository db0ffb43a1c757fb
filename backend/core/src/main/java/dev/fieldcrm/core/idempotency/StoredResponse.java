package dev.fieldcrm.core.idempotency;

/** The first response to an idempotent request, replayed verbatim for every retry of it. */
public record StoredResponse(int status, String body, String etag, String location) {
}
