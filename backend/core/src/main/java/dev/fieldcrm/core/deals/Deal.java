package dev.fieldcrm.core.deals;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.fieldcrm.core.clients.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A sale in progress (or closed) in one of the tenant's pipelines.
 *
 * @param ownershipMismatch true when the deal's owner does not own its organisation (seed 002: one deal, one
 *                          owner); computed on every write, never set by a caller
 * @param stageEnteredAt    when the deal entered its current stage (lists sort by it)
 * @param frozenUntil       the day to come back to a frozen deal
 * @param trialEndsAt       the last day of a free trial
 * @param returnTaskId      the "Return to deal" task planned when the deal was frozen (completed when it leaves
 *                          the frozen stage); null when the deal is not frozen
 * @param version           incremented on every change; updates are conditional on it
 */
public record Deal(
        String id,
        String clientId,
        String contactId,
        String ownerId,
        String teamId,
        String title,
        Money amount,
        Money budget,
        String source,
        String partnerId,
        String proposalLink,
        String demoLink,
        Map<String, String> customFields,
        LocalDate expectedCloseDate,
        String pipelineId,
        String stageId,
        Instant stageEnteredAt,
        DealStatus status,
        String closeReason,
        LocalDate frozenUntil,
        LocalDate trialEndsAt,
        String returnTaskId,
        boolean ownershipMismatch,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version) implements SalesRecord {

    public static final int MAX_CUSTOM_FIELDS = 30;

    public Deal {
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /** A deal that is not frozen (no return task): the shape of the first deals pass, kept for its callers. */
    public Deal(String id, String clientId, String contactId, String ownerId, String teamId, String title, Money amount,
                Money budget, String source, String partnerId, String proposalLink, String demoLink,
                Map<String, String> customFields, LocalDate expectedCloseDate, String pipelineId, String stageId,
                Instant stageEnteredAt, DealStatus status, String closeReason, LocalDate frozenUntil,
                LocalDate trialEndsAt, boolean ownershipMismatch, Instant createdAt, String createdBy,
                Instant updatedAt, String updatedBy, long version) {
        this(id, clientId, contactId, ownerId, teamId, title, amount, budget, source, partnerId, proposalLink, demoLink,
                customFields, expectedCloseDate, pipelineId, stageId, stageEnteredAt, status, closeReason, frozenUntil,
                trialEndsAt, null, ownershipMismatch, createdAt, createdBy, updatedAt, updatedBy, version);
    }

    @JsonIgnore
    public boolean isOpen() {
        return status == DealStatus.OPEN;
    }

    /** The deal with new editable fields; {@code clientOwnerId} is the owner of its (new) organisation. */
    public Deal withDetails(DealInput in, String clientOwnerId, String actor, Instant at) {
        return new Deal(id, in.clientId(), in.contactId(), ownerId, teamId, in.title().strip(), in.amount(), in.budget(),
                in.source(), in.partnerId(), in.proposalLink(), in.demoLink(), in.customFields(), in.expectedCloseDate(),
                pipelineId, stageId, stageEnteredAt, status, closeReason, frozenUntil, trialEndsAt, returnTaskId,
                mismatch(ownerId, in.clientId(), clientOwnerId), createdAt, createdBy, at, actor, version + 1);
    }

    public Deal withOwner(String newOwnerId, String newTeamId, String clientOwnerId, String actor, Instant at) {
        return new Deal(id, clientId, contactId, newOwnerId, newTeamId, title, amount, budget, source, partnerId,
                proposalLink, demoLink, customFields, expectedCloseDate, pipelineId, stageId, stageEnteredAt, status,
                closeReason, frozenUntil, trialEndsAt, returnTaskId, mismatch(newOwnerId, clientId, clientOwnerId),
                createdAt, createdBy, at, actor, version + 1);
    }

    /**
     * The deal at another stage.
     *
     * @param newReturnTaskId the return task planned when {@code stage} is FROZEN (null otherwise)
     */
    public Deal inStage(Stage stage, String reason, LocalDate newFrozenUntil, LocalDate newTrialEndsAt,
                        String newReturnTaskId, String clientOwnerId, String actor, Instant at) {
        DealStatus newStatus = DealStatus.of(stage.kind());
        return new Deal(id, clientId, contactId, ownerId, teamId, title, amount, budget, source, partnerId,
                proposalLink, demoLink, customFields, expectedCloseDate, pipelineId, stage.id(), at, newStatus,
                newStatus == DealStatus.OPEN ? null : reason, newFrozenUntil, newTrialEndsAt, newReturnTaskId,
                mismatch(ownerId, clientId, clientOwnerId), createdAt, createdBy, at, actor, version + 1);
    }

    public Deal withProposalLink(String link, String clientOwnerId, String actor, Instant at) {
        return new Deal(id, clientId, contactId, ownerId, teamId, title, amount, budget, source, partnerId,
                link, demoLink, customFields, expectedCloseDate, pipelineId, stageId, stageEnteredAt, status,
                closeReason, frozenUntil, trialEndsAt, returnTaskId, mismatch(ownerId, clientId, clientOwnerId),
                createdAt, createdBy, at, actor, version + 1);
    }

    /** The deal after its organisation changed hands: only the one-owner flag (and the version) change. */
    public Deal withClientOwner(String clientOwnerId, String actor, Instant at) {
        return withProposalLink(proposalLink, clientOwnerId, actor, at);
    }

    /** One deal, one owner: the deal's owner should own its organisation too. */
    static boolean mismatch(String dealOwnerId, String clientId, String clientOwnerId) {
        return clientId != null && clientOwnerId != null && !clientOwnerId.equals(dealOwnerId);
    }
}
