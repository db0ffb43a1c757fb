package dev.fieldcrm.core.hygiene.review;

import dev.fieldcrm.core.deals.DealStatus;
import dev.fieldcrm.core.hygiene.Offence;

import java.time.Instant;

/**
 * One offending deal of one rule in a round (seed 002's export row): the deal as it was at the round, and what its
 * owner and the manager did about it.
 *
 * @param decision            the manager's, on a NOT_FIXED row; null until decided (and again after the rep marks it anew)
 * @param fixedAutomatically  true when the rule stopped matching the deal (the offence was withdrawn)
 * @param version             1 when created, +1 per change
 */
public record ReviewRow(String roundId, String ruleId, int severity, String dealId, String title, String clientName,
                        String ownerId, String teamId, String pipelineId, String stageId, DealStatus dealStatus,
                        String closeReason, RowStatus status, String comment, Decision decision, String decidedBy,
                        boolean fixedAutomatically, Instant deadline, Instant updatedAt, long version)
        implements ReviewRecord {

    static ReviewRow of(String roundId, Offence offence, Instant deadline, Instant at) {
        var d = offence.deal();
        return new ReviewRow(roundId, offence.ruleId(), offence.severity(), d.dealId(), d.title(), d.clientName(),
                d.ownerId(), d.teamId(), d.pipelineId(), d.stageId(), d.status(), d.closeReason(), RowStatus.NOT_PROCESSED,
                null, null, null, false, deadline, at, 1);
    }

    /** Still waiting for someone: not fixed, and not closed by an accepted comment. */
    public boolean open() {
        return status != RowStatus.FIXED && decision != Decision.ACCEPT;
    }

    /** Its owner did not mark it before the deadline. */
    public boolean overdue(Instant now) {
        return status == RowStatus.NOT_PROCESSED && now.isAfter(deadline);
    }

    ReviewRow marked(RowStatus newStatus, String newComment, boolean automatically, Instant at) {
        return new ReviewRow(roundId, ruleId, severity, dealId, title, clientName, ownerId, teamId, pipelineId, stageId,
                dealStatus, closeReason, newStatus, newComment, null, null, automatically, deadline, at, version + 1);
    }

    ReviewRow decided(Decision newDecision, String by, Instant at) {
        return new ReviewRow(roundId, ruleId, severity, dealId, title, clientName, ownerId, teamId, pipelineId, stageId,
                dealStatus, closeReason, status, comment, newDecision, by, fixedAutomatically, deadline, at, version + 1);
    }
}
