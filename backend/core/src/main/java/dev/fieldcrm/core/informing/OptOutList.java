package dev.fieldcrm.core.informing;

/**
 * Where an unsubscribed address goes so that no later message reaches it: the tenant's suppression list, which the
 * Postman honours for every send (wired to {@code Suppressions.suppress(tenant, address, UNSUBSCRIBE, source)}).
 * Must be idempotent.
 */
@FunctionalInterface
public interface OptOutList {
    void add(String tenantId, String address, String source);
}
