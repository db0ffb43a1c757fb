package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.audit.AuditEntry;

/**
 * An audit entry of an inbound request (a person retried it). A request has no client of its own, so its trail lives
 * in the request's partition, as a lead's lives in the lead's.
 */
public record InboundAuditEntry(String requestId, AuditEntry entry) {
}
