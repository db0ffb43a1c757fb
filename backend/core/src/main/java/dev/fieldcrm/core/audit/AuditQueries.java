package dev.fieldcrm.core.audit;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

/** The change history of a client card (client, contacts, journal, tasks), newest first. */
public interface AuditQueries {
    Page<AuditEntry> history(String tenantId, String clientId, PageRequest page);
}
