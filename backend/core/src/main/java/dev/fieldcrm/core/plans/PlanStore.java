package dev.fieldcrm.core.plans;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Stored plans: one partition per month, one item per (team, rep). */
public interface PlanStore {
    /** A rep's plan of a month (consistent read: a change compares its version). */
    Optional<Plan> find(String tenantId, YearMonth month, String teamId, String ownerId);

    /** The plans of a month: one team's ({@code teamId}, {@link Plan#NO_TEAM} for reps without one) or, null, all. */
    List<Plan> month(String tenantId, YearMonth month, String teamId);

    /**
     * The logged changes of a month's plans: one rep's ({@code teamId} and {@code ownerId}), one team's
     * ({@code teamId}) or, both null, the tenant's; in key order (rep, then time).
     */
    List<PlanChange> changes(String tenantId, YearMonth month, String teamId, String ownerId);
}
