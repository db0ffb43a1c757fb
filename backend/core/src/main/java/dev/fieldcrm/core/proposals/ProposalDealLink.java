package dev.fieldcrm.core.proposals;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.store.ChangeSet;

/**
 * The seam to deals: when a proposal names a deal, the deal gets the link to it in the same transaction as the
 * proposal itself (hygiene rule "no link to the commercial proposal"). An implementation reads the deal, refuses a
 * deal of another client or one the caller may not work ({@code ValidationFailed} on {@code dealId}), and adds the
 * deal's new version to {@code changes}.
 */
@FunctionalInterface
public interface ProposalDealLink {

    /**
     * Called only when {@code proposal.dealId()} is set, before anything is rendered or written.
     *
     * @param clientOwnerId the owner of the proposal's client (already read with its card)
     */
    void link(Caller caller, Proposal proposal, String clientOwnerId, ChangeSet changes);
}
