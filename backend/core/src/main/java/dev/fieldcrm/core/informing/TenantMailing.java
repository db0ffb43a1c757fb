package dev.fieldcrm.core.informing;

/** A due mailing with the tenant it belongs to (taken from its key). */
public record TenantMailing(String tenantId, Mailing mailing) {
}
