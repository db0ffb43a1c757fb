package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealScope;
import dev.fieldcrm.core.deals.DealService;
import dev.fieldcrm.core.deals.DealView;
import dev.fieldcrm.core.deals.StageChange;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.ValidationFailed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deals in CSV, export only: one row per deal in the caller's scope ({@link DealScope}) with its current state and
 * its whole stage history in one {@code stageHistory} cell — entries {@code at>from>to>by} (an ISO instant, stage
 * ids, the user who moved it; {@code from} empty for the stage the deal was created in), oldest first, joined by
 * {@code |}. Stage ids are slugs and user ids carry neither separator, so the cell splits back unambiguously. One row
 * per deal rather than one per move keeps the file a list of deals that spreadsheets can filter and count.
 *
 * <p>The history lives in each deal's partition, so the export reads it with one Query per deal (through
 * {@link DealService#get}, which also re-checks access): N+1 Queries, acceptable for a background job.
 */
public final class DealTransfer implements EntityTransfer {
    static final List<String> COLUMNS = List.of("id", "title", "pipelineId", "stageId", "status", "ownerId", "clientId",
            "amount", "currency", "source", "partnerId", "proposalLink", "demoLink", "closeReason", "expectedCloseDate",
            "createdAt", "stageHistory");
    static final String HISTORY_FIELD_SEPARATOR = ">";

    private final DealService deals;
    private final DealScope scope;

    public DealTransfer(DealService deals, DealScope scope) {
        this.deals = deals;
        this.scope = scope;
    }

    @Override
    public String entity() {
        return "deals";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public boolean importable() {
        return false;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of();
    }

    /** Never called: the engine refuses to start an import of an entity that is not importable. */
    @Override
    public Applied importRow(ImportContext context, CsvRow row) {
        throw ValidationFailed.of("entity", "deals can be exported, not imported");
    }

    @Override
    public FileKeys fileKeys(ImportContext context, CsvRow row) {
        return new FileKeys("row:" + row.number(), Set.of());
    }

    @Override
    public List<List<String>> export(Caller caller) {
        List<List<String>> rows = new ArrayList<>();
        scope.forEach(caller, listed -> {
            try {
                rows.add(row(deals.get(caller, listed.id())));
            } catch (NotFound goneMeanwhile) {
                // Deleted or handed out of the caller's scope between the list and the history read: not exported.
            }
        });
        return rows;
    }

    static List<String> row(DealView view) {
        Deal d = view.deal();
        return Arrays.asList(d.id(), d.title(), d.pipelineId(), d.stageId(), ClientTransfer.name(d.status()), d.ownerId(),
                d.clientId(), d.amount() == null ? null : Decimals.cell(d.amount().amount()),
                d.amount() == null ? null : d.amount().currency(), d.source(), d.partnerId(), d.proposalLink(),
                d.demoLink(), d.closeReason(), d.expectedCloseDate() == null ? null : d.expectedCloseDate().toString(),
                d.createdAt() == null ? null : d.createdAt().toString(), history(view.history()));
    }

    static String history(List<StageChange> history) {
        List<String> entries = new ArrayList<>(history.size());
        for (StageChange change : history) {
            entries.add(String.join(HISTORY_FIELD_SEPARATOR, change.at().toString(),
                    change.fromStageId() == null ? "" : change.fromStageId(), change.toStageId(), change.by()));
        }
        return String.join(CsvRow.MULTI_VALUE_SEPARATOR, entries);
    }

    @Override
    public String column(String fieldPath) {
        return Columns.of(fieldPath, Map.of());
    }
}
