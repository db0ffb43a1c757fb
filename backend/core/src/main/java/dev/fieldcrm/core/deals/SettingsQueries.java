package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.audit.AuditEntry;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

/** Reads of a tenant's sales configuration. */
public interface SettingsQueries {
    /** The settings and every pipeline, stored ones replacing defaults of the same id: one Query. */
    SalesConfig load(String tenantId);

    /** The changes to the settings and pipelines, newest first: one Query. */
    Page<AuditEntry> history(String tenantId, PageRequest page);
}
