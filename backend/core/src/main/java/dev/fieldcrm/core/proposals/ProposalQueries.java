package dev.fieldcrm.core.proposals;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.util.Optional;

/** Reads of proposals and of the tenant's proposal template; each method is one DynamoDB call. */
public interface ProposalQueries {

    /** A client's proposals, newest first: one Query of the client's partition. */
    Page<Proposal> byClient(String tenantId, String clientId, PageRequest page);

    /** The tenant's own template, if an admin stored one: one GetItem. */
    Optional<ProposalTemplate> template(String tenantId);
}
