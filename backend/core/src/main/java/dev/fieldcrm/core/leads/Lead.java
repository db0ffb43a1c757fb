package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.shared.UniqueValue;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** The unique-value guards an open lead holds (its normalised email and phone). */
    public Set<UniqueValue> guards() {
        Set<UniqueValue> guards = new LinkedHashSet<>();
        if (email != null) {
            guards.add(new UniqueValue(UniqueValue.Kind.LEAD_EMAIL, email));
        }
        if (phone != null) {
            guards.add(new UniqueValue(UniqueValue.Kind.LEAD_PHONE, phone));
        }
        return guards;
    }

    /** How the lead names itself on its guards and in messages: the person, else the company, else the id. */
    public String displayName() {
        if (fields != null && fields.name() != null && !fields.name().isBlank()) {
            return fields.name().strip();
        }
        if (fields != null && fields.company() != null && !fields.company().isBlank()) {
            return fields.company().strip();
        }
        return email != null ? email : phone != null ? phone : id;
    }

    /** The lead handed to another user (a new version). */
    public Lead withOwner(String newOwnerId, String newTeamId, String by, Instant at) {
        return new Lead(id, status, newOwnerId, newTeamId, fields, email, phone, source, sourceName, tracking,
                inboundIds, contactBy, resolution, clientId, createdAt, at, by, version + 1);
    }

    /** The lead with other fields (e.g. consents confirmed), written by {@code by}. */
    public Lead withFields(LeadFields newFields, String by, Instant at) {
        return new Lead(id, status, ownerId, teamId, newFields, email, phone, source, sourceName, tracking,
                inboundIds, contactBy, resolution, clientId, createdAt, at, by, version + 1);
    }

    /** The lead leaving the inbox: converted, merged or rejected (a new version; no more SLA). */
    public Lead resolved(LeadStatus newStatus, String why, String intoClientId, String by, Instant at) {
        return new Lead(id, newStatus, ownerId, teamId, fields, email, phone, source, sourceName, tracking,
                inboundIds, null, why, intoClientId, createdAt, at, by, version + 1);
    }
}
