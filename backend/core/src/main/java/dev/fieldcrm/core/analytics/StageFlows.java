package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.deals.StageChange;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;

/**
 * What a deal's move between stages adds, read from the move's stage-history entry: it enters the new stage
 * ({@code stage#in}), leaves the old one ({@code stage#out}, with the seconds it spent there in {@code stage#time})
 * and, when the move loses the deal, one {@code lost} from the stage it died in with the reason. Counted for the
 * deal's owner at the move, in the month of the move. The history entry is stored and indexed by that owner and
 * time, so the stream (on its insert) and the reconciliation (reading the entries back) count the same thing.
 */
final class StageFlows {
    private final Staff staff;

    StageFlows(Staff staff) {
        this.staff = staff;
    }

    AggregateDeltas of(StageChange move) {
        AggregateDeltas deltas = new AggregateDeltas();
        if (move.ownerId() == null) {
            // An entry written before the history recorded its deal's owner: whose it was is not known.
            return deltas;
        }
        AggregateKey key = AggregateKey.of(YearMonth.from(move.at().atZone(staff.zoneOf(move.ownerId()))),
                move.teamId(), move.ownerId());
        deltas.add(key, AggregateNames.stageIn(move.pipelineId(), move.toStageId()));
        if (move.fromStageId() == null) {
            return deltas;
        }
        deltas.add(key, AggregateNames.stageOut(move.pipelineId(), move.fromStageId()));
        long seconds = move.fromEnteredAt() == null ? 0 : Math.max(0, Duration.between(move.fromEnteredAt(), move.at()).toSeconds());
        deltas.add(key, AggregateNames.stageTime(move.pipelineId(), move.fromStageId()), BigDecimal.valueOf(seconds));
        if (move.lost()) {
            deltas.add(key, AggregateNames.lost(move.pipelineId(), move.fromStageId(), move.reason()));
        }
        return deltas;
    }
}
