package dev.fieldcrm.core.leads;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A prospect who reached us (form, call, chat) and is not a client yet: the leads inbox lists them, a rep contacts
 * them, a manager converts, merges or rejects them. Created by the worker from an {@link InboundRequest}; a later
 * request with the same normalised email or phone joins the open lead instead of making a second one (an open lead
 * holds {@code UniqueValue} guards of kinds {@code LEAD_EMAIL}/{@code LEAD_PHONE}, released when it leaves
 * {@link LeadStatus#OPEN}).
 *
 * @param email           normalised email (lower case, trimmed) or null
 * @param phone           E.164 phone or null
 * @param source          the deal/lead source (sales-settings source name, e.g. "website")
 * @param sourceName      the form's or integration's name
 * @param inboundIds      the requests that made or joined this lead, oldest first (at most {@link #MAX_INBOUND})
 * @param contactBy       when the assignee should have contacted the lead (the tenant's SLA), null once contacted
 * @param resolution      why it left OPEN: reject reason, or a note of the conversion/merge; null while open
 * @param clientId        the client it was converted or merged into; null otherwise
 */
public record Lead(
        String id,
        LeadStatus status,
        String ownerId,
        String teamId,
        LeadFields fields,
        String email,
        String phone,
        String source,
        String sourceName,
        Map<String, String> tracking,
        List<String> inboundIds,
        Instant contactBy,
        String resolution,
        String clientId,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public static final int MAX_INBOUND = 50;

    public Lead {
        tracking = tracking == null ? Map.of() : Map.copyOf(tracking);
        inboundIds = inboundIds == null ? List.of() : List.copyOf(inboundIds);
    }

    public boolean isOpen() {
        return status == LeadStatus.OPEN;
    }
}
