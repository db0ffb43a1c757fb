package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What a deal's move between stages adds: it enters the new stage ({@code stage#in}), leaves the old one
 * ({@code stage#out}, with the seconds it spent there in {@code stage#time}) and, when the move loses the deal, one
 * {@code lost} from the stage it died in with the reason. Counted for the deal's owner in the month of the move.
 * These are events, not states: they need the stage before, which the deal alone does not keep, so reconciliation
 * cannot recompute them from deal items (see docs/decisions.md).
 */
public final class StageFlows {
    private final Staff staff;

    public StageFlows(Staff staff) {
        this.staff = staff;
    }

    public AggregateDeltas of(Deal before, Deal after) {
        AggregateDeltas deltas = new AggregateDeltas();
        if (after == null || (before != null && samePlace(before, after))) {
            return deltas;
        }
        AggregateKey key = AggregateKey.of(YearMonth.from(movedAt(after).atZone(staff.zoneOf(after.ownerId()))),
                after.teamId(), after.ownerId());
        deltas.add(key, AggregateNames.stageIn(after.pipelineId(), after.stageId()));
        if (before == null) {
            return deltas;
        }
        deltas.add(key, AggregateNames.stageOut(before.pipelineId(), before.stageId()));
        long seconds = Math.max(0, Duration.between(movedAt(before), movedAt(after)).toSeconds());
        deltas.add(key, AggregateNames.stageTime(before.pipelineId(), before.stageId()), BigDecimal.valueOf(seconds));
        if (after.status() == DealStatus.LOST && before.status() != DealStatus.LOST) {
            deltas.add(key, AggregateNames.lost(before.pipelineId(), before.stageId(), after.closeReason()));
        }
        return deltas;
    }

    private static java.time.Instant movedAt(Deal deal) {
        return deal.stageEnteredAt() != null ? deal.stageEnteredAt() : deal.updatedAt();
    }

    private static boolean samePlace(Deal before, Deal after) {
        return Objects.equals(before.pipelineId(), after.pipelineId()) && Objects.equals(before.stageId(), after.stageId());
    }
}
