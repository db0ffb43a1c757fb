package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.clients.Money;

import java.util.List;

/**
 * The kanban board of one pipeline: per stage the number of deals and their sum per currency (from the
 * tallies, not from reading every deal) and the first deals of the stage.
 *
 * @param ownerId whose board (null for a team's or the tenant's)
 * @param teamId  whose team's board (null for one owner's or the tenant's)
 */
public record DealBoard(String pipelineId, String ownerId, String teamId, List<Column> columns) {
    public DealBoard {
        columns = List.copyOf(columns);
    }

    /** One stage of the board. */
    public record Column(String stageId, String name, StageKind kind, int probability, long count, List<Money> sums,
                         List<Deal> deals, String nextCursor) {
        public Column {
            sums = List.copyOf(sums);
            deals = List.copyOf(deals);
        }
    }
}
