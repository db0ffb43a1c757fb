package dev.fieldcrm.core.leads;

/** Reads a tenant's lead settings. */
public interface LeadSettingsQueries {
    /** The stored settings, or {@link LeadSettings#defaults()} (version 0) when the tenant has stored none. */
    LeadSettings get(String tenantId);
}
