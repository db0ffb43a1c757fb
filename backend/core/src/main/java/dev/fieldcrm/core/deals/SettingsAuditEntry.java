package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.audit.AuditEntry;

/**
 * An audit entry of the tenant's sales settings or of one of its pipelines: who changed what, when, before and
 * after. Kept in the settings partition ({@code AUDIT#…}, sorting before the settings themselves, so reading the
 * settings never reads the trail).
 */
public record SettingsAuditEntry(AuditEntry entry) implements SalesRecord {
}
