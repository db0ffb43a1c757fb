package dev.fieldcrm.mobile.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One record as the device holds it: the API's own JSON for it ({@code data}) plus what sync needs to order changes.
 *
 * @param kind     what it is
 * @param id       its id
 * @param clientId the client it belongs to (the client's own id for a client), or null
 * @param version  the server's version, or null for kinds without one (and for records created offline, until the
 *                 server confirms them)
 * @param at       when the server last changed it (sync {@code at}), or when the device did for a pending change
 * @param data     the JSON the API's GET returns for it (field names as in docs/openapi.yaml)
 * @param pending  true while an outbox command for it has not been accepted by the server (the "pending" badge)
 */
public record LocalRecord(RecordKind kind, String id, String clientId, Long version, Instant at, JsonNode data,
                          boolean pending) {
}
