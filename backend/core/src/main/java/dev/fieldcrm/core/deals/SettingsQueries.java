package dev.fieldcrm.core.deals;

/** Reads of a tenant's sales configuration. */
public interface SettingsQueries {
    /** The settings and every pipeline, stored ones replacing defaults of the same id: one Query. */
    SalesConfig load(String tenantId);
}
