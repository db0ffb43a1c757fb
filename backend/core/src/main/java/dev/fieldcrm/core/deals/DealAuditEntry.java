package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.audit.AuditEntry;

/**
 * An audit entry of a deal. Deals may have no organisation, so their audit trail lives in the deal's own
 * partition (not the client's, where the other records' trails are).
 */
public record DealAuditEntry(String dealId, AuditEntry entry) implements SalesRecord {
}
