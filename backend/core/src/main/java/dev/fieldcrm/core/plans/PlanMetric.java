package dev.fieldcrm.core.plans;

/**
 * What a sales plan sets a target for. New metrics are added here (and to the plan-vs-fact report's fact mapping);
 * stored plans name metrics by these constants.
 */
public enum PlanMetric {
    /** Sales in the plan's currency: confirmed orders' totals of the month (see docs/decisions.md, plans vs fact). */
    REVENUE(true),
    /** Clients the rep created in the month. */
    NEW_CLIENTS(false),
    /** Visits the rep logged in the month. */
    VISITS(false);

    private final boolean money;

    PlanMetric(boolean money) {
        this.money = money;
    }

    /** An amount of money (decimal, in the plan's currency) rather than a whole count. */
    public boolean money() {
        return money;
    }
}
