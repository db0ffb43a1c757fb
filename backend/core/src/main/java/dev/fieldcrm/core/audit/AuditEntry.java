package dev.fieldcrm.core.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change to a client, contact, interaction or task: who, when, what. Written in the same transaction
 * as the change itself, so the history can never miss a change or show one that did not happen.
 */
public record AuditEntry(String id, String clientId, Instant at, String actorId, String entity, String entityId,
                         String action, List<FieldChange> changes) {

    public AuditEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** One field that changed; values are JSON text (null when the field was absent). */
    public record FieldChange(String field, String from, String to) {
    }
}
