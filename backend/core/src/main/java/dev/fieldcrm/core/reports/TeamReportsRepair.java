package dev.fieldcrm.core.reports;

import dev.fieldcrm.core.abc.AbcCountsRepair;
import dev.fieldcrm.core.events.TenantJob;

/**
 * The on-demand repair of the team reports' own counters ({@value #NAME}), beside the aggregates' reconciliation: the
 * reps' receivables tallies (backfilled from clients the listener never saw, drift repaired) and the latest ABC run's
 * counts per owner (recomputed when they do not add up to the run's totals). Running it again writes nothing.
 */
public record TeamReportsRepair(ReceivablesRepair receivables, AbcCountsRepair abc) implements TenantJob {
    public static final String NAME = "team-reports-repair";

    @Override
    public String name() {
        return NAME;
    }

    /** @return how many clients were recounted */
    @Override
    public int run(String tenantId) {
        int clients = receivables.repair(tenantId).clients();
        abc.repair(tenantId);
        return clients;
    }
}
