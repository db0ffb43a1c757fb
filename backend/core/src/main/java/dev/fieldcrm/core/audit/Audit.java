package dev.fieldcrm.core.audit;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;

import java.time.Instant;

/** Builds audit entries for the changes use cases make. */
public final class Audit {
    private Audit() {
    }

    /**
     * @param before the record before the change (null when created)
     * @param after  the record after the change
     */
    public static AuditEntry entry(Caller caller, Instant at, String clientId, String entity, String entityId,
                                   String action, Object before, Object after) {
        return new AuditEntry(Ids.newId(), clientId, at, caller.userId(), entity, entityId, action,
                AuditDiff.between(before, after));
    }
}
