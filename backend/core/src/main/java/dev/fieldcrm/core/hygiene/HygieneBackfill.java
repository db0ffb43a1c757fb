package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealQueries;
import dev.fieldcrm.core.events.TenantJob;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

/**
 * Evaluates every deal of a tenant once: deals that existed before hygiene was deployed, or that were written while
 * nobody listened to the stream (the local run's demo seed), have no offences until they change. No Scan: one Query
 * of the tenant's users, then each owner's deals page by page (GSI3), each judged as the page holds it (pipelines and rule settings read once per page). The evaluator
 * diffs against the stored summary, so a second run writes nothing.
 */
public final class HygieneBackfill implements TenantJob {
    public static final String NAME = "hygiene-backfill";
    private static final int PAGE = 100;

    private final UserStore users;
    private final DealQueries deals;
    private final HygieneEvaluator evaluator;

    public HygieneBackfill(UserStore users, DealQueries deals, HygieneEvaluator evaluator) {
        this.users = users;
        this.deals = deals;
        this.evaluator = evaluator;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(String tenantId) {
        int evaluated = 0;
        for (User owner : users.list(tenantId)) {
            String cursor = null;
            do {
                Page<Deal> page = deals.byOwner(tenantId, owner.id(), null, new PageRequest(PAGE, cursor));
                evaluator.deals(tenantId, page.items());
                evaluated += page.items().size();
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return evaluated;
    }
}
