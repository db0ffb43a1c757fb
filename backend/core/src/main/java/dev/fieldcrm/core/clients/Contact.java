package dev.fieldcrm.core.clients;

import java.time.Instant;

/** A key person under a client, as stored. */
public record Contact(
        String id,
        String clientId,
        ContactDetails details,
        boolean archived,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public Contact withDetails(ContactDetails newDetails, String actor, Instant at) {
        return new Contact(id, clientId, newDetails, archived, createdAt, createdBy, at, actor, version + 1);
    }

    public Contact withArchived(boolean newArchived, String actor, Instant at) {
        return new Contact(id, clientId, details, newArchived, createdAt, createdBy, at, actor, version + 1);
    }
}
