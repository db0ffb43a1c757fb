package dev.fieldcrm.core.hygiene.review;

import dev.fieldcrm.core.deals.DealStatus;
import dev.fieldcrm.core.hygiene.Offence;

import java.time.Instant;
import java.util.Objects;

/**
 * One offending deal of one rule in a round (seed 002's export row): the deal as it was at the round, and what its
 * owner and the manager did about it.
 *
 * @param decision            the manager's, on a NOT_FIXED row; null until decided (and again after the rep marks it anew)
 * @param fixedAutomatically  true when the rule stopped matching the deal (the offence was withdrawn)
 * @param version             1 when created, +1 per change
 * @param hitOwnerId          the deal's owner when the round was made: the rep the row counts against (its tally,
 *                            the history), kept when the deal changes hands and {@code ownerId} follows the deal (ADR
 *                            "Review rows follow the deal"); null on rows stored before it existed (= {@code ownerId})
 * @param hitTeamId           that rep's team then
 */
public record ReviewRow(String roundId, String ruleId, int severity, String dealId, String title, String clientName,
                        String ownerId, String teamId, String pipelineId, String stageId, DealStatus dealStatus,
                        String closeReason, RowStatus status, String comment, Decision decision, String decidedBy,
                        boolean fixedAutomatically, Instant deadline, Instant updatedAt, long version,
                        String hitOwnerId, String hitTeamId)
        implements ReviewRecord {

    public ReviewRow {
        if (hitOwnerId == null) {
            hitOwnerId = ownerId;
            hitTeamId = teamId;
        }
    }

    static ReviewRow of(String roundId, Offence offence, Instant deadline, Instant at) {
        var d = offence.deal();
        return new ReviewRow(roundId, offence.ruleId(), offence.severity(), d.dealId(), d.title(), d.clientName(),
                d.ownerId(), d.teamId(), d.pipelineId(), d.stageId(), d.status(), d.closeReason(), RowStatus.NOT_PROCESSED,
                null, null, null, false, deadline, at, 1, d.ownerId(), d.teamId());
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
                dealStatus, closeReason, newStatus, newComment, null, null, automatically, deadline, at, version + 1,
                hitOwnerId, hitTeamId);
    }

    ReviewRow decided(Decision newDecision, String by, Instant at) {
        return new ReviewRow(roundId, ruleId, severity, dealId, title, clientName, ownerId, teamId, pipelineId, stageId,
                dealStatus, closeReason, status, comment, newDecision, by, fixedAutomatically, deadline, at, version + 1,
                hitOwnerId, hitTeamId);
    }

    /** Whether the row still names someone other than the deal's current owner (or team). */
    boolean ownedOtherThan(String newOwnerId, String newTeamId) {
        return !ownerId.equals(newOwnerId) || !Objects.equals(teamId, newTeamId);
    }

    /** The deal changed hands: its new owner sees and fixes the row; the hit stays with {@code hitOwnerId}. */
    ReviewRow handedOver(String newOwnerId, String newTeamId, Instant at) {
        return new ReviewRow(roundId, ruleId, severity, dealId, title, clientName, newOwnerId, newTeamId, pipelineId,
                stageId, dealStatus, closeReason, status, comment, decision, decidedBy, fixedAutomatically, deadline, at,
                version + 1, hitOwnerId, hitTeamId);
    }
}
