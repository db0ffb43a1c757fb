package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.audit.AuditEntry;

/**
 * An audit entry of a lead. A lead has no client (until converted or merged), so its trail lives in the lead's own
 * partition, as a deal's does.
 */
public record LeadAuditEntry(String leadId, AuditEntry entry) {
}
