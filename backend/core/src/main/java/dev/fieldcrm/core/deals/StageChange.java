package dev.fieldcrm.core.deals;

import java.time.Instant;

/**
 * One entry of a deal's stage history, stored in the deal's partition in the same transaction as the move. It also
 * records what the stage-flow aggregates need (whose deal it was, where and since when it was before, whether the move
 * lost it), so the stream and the nightly reconciliation count a move from this one item (see
 * {@code analytics.StageFlows}).
 *
 * @param fromStageId   null for the stage a deal was created in
 * @param ownerId       the deal's owner at the move; null on entries written before it was recorded
 * @param teamId        the deal's team at the move
 * @param pipelineId    the deal's pipeline (a deal stays in its pipeline)
 * @param fromEnteredAt when the deal entered {@code fromStageId} (null for the first entry)
 * @param lost          whether this move lost the deal (into a LOST stage from a stage that was not)
 */
public record StageChange(String id, String dealId, String fromStageId, String toStageId, String by, Instant at,
                          String reason, String comment, String ownerId, String teamId, String pipelineId,
                          Instant fromEnteredAt, boolean lost) implements SalesRecord {

    /** The entry of a deal's move from {@code before} (null: the deal was created) to {@code after}. */
    public static StageChange of(String id, Deal before, Deal after, String by, String reason, String comment) {
        boolean lost = before != null && after.status() == DealStatus.LOST && before.status() != DealStatus.LOST;
        return new StageChange(id, after.id(), before == null ? null : before.stageId(), after.stageId(), by,
                after.stageEnteredAt(), reason, comment, after.ownerId(), after.teamId(), after.pipelineId(),
                before == null ? null : enteredAt(before), lost);
    }

    private static Instant enteredAt(Deal deal) {
        return deal.stageEnteredAt() != null ? deal.stageEnteredAt() : deal.updatedAt();
    }
}
