package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Reads of the leads inbox; each method is one DynamoDB call (see docs/data-model.md). */
public interface LeadQueries {
    /** The lead (strongly consistent: a write decision is based on it). */
    Optional<Lead> find(String tenantId, String leadId);

    /** One owner's leads of one status, newest first (GSI3). */
    Page<Lead> byOwner(String tenantId, String ownerId, LeadStatus status, PageRequest page);

    /** One team's leads of one status, newest first (GSI4). */
    Page<Lead> byTeam(String tenantId, String teamId, LeadStatus status, PageRequest page);

    /** The tenant's leads of one status, newest first (GSI2), unassigned ones included. */
    Page<Lead> all(String tenantId, LeadStatus status, PageRequest page);

    /** The tenant's inbound requests given up as FAILED, newest received first (the sparse failed index on GSI2). */
    Page<InboundRequest> failed(String tenantId, PageRequest page);

    /** The inbound requests with these ids (one BatchGetItem; at most {@link Lead#MAX_INBOUND}). */
    List<InboundRequest> inbound(String tenantId, List<String> inboundIds);
}
