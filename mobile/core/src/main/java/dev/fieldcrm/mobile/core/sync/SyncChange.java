package dev.fieldcrm.mobile.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One entry of a sync page (contract B): a record as the API's GET returns it, or a tombstone.
 *
 * @param kind     client, contact, task, interaction, deal, order (others are skipped)
 * @param version  the record's version, or null for kinds without one
 * @param deleted  true: remove it locally (deleted, or no longer in the rep's scope)
 * @param data     the record's JSON; null for a tombstone, or for a record the backend left out of the feed as too
 *                 big (the engine then reads it with the record's GET)
 */
public record SyncChange(String kind, String id, String clientId, Long version, boolean deleted, Instant at,
                         JsonNode data) {
    public SyncChange {
        // Jackson reads "data": null as a NullNode; the engine means "no data" by null alone.
        data = data == null || data.isNull() || data.isMissingNode() ? null : data;
    }
}
