package dev.fieldcrm.core.plans;

import dev.fieldcrm.core.deals.VersionedSettings;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.users.User;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * Per-rep monthly sales plans: a manager sets them for the own team's reps, an admin for anyone; a rep reads own.
 * Each change is versioned (If-Match) and audited in the settings trail (entity {@code plan}, id {@code <month>/<rep>}).
 */
public final class PlanService {
    private final PlanStore plans;
    private final TeamScope scope;
    private final VersionedSettings versions;
    private final Clock clock;

    public PlanService(PlanStore plans, TeamScope scope, ChangeWriter writer, Clock clock) {
        this.plans = plans;
        this.scope = scope;
        this.versions = new VersionedSettings(writer, clock);
        this.clock = clock;
    }

    /** The plans of a month as the caller may see them. */
    public record MonthPlans(YearMonth month, List<Plan> plans) {
    }

    /**
     * Sets a rep's plan of a month: GetItem user · GetItem plan (consistent) · TWI Put plan (created when
     * {@code expectedVersion} is 0, else on that version) + Put settings audit entry.
     *
     * @param expectedVersion the version the caller read (If-Match), 0 to create
     */
    public Plan set(Caller caller, String monthText, String userId, long expectedVersion, PlanInput input) {
        if (!caller.supervises()) {
            throw new Forbidden("only a manager or an admin can set plans");
        }
        YearMonth month = Months.month(monthText, "month");
        User rep = scope.require(caller, userId);
        String team = TeamScope.teamKey(rep.teamId());
        Plan current = plans.find(caller.tenantId(), month, team, userId).orElse(null);
        long currentVersion = current == null ? 0 : current.version();
        Plan updated = input.toPlan(month, userId, team, clock.instant(), caller.userId(), currentVersion + 1);
        versions.store(caller, currentVersion, expectedVersion, current, updated, "plan", month + "/" + userId);
        return updated;
    }

    /**
     * A month's plans: a rep's own (1 GetItem), a manager's team (1 Query; another team is refused), an admin's named
     * team or, with none named, the whole tenant (1 Query of the month's partition).
     */
    public MonthPlans month(Caller caller, String monthText, String teamId) {
        YearMonth month = Months.month(monthText, "month");
        String tenant = caller.tenantId();
        if (!caller.supervises()) {
            TeamScope.requireOwnTeam(caller, teamId);
            return new MonthPlans(month, plans.find(tenant, month, TeamScope.teamKey(caller.teamId()), caller.userId()).stream().toList());
        }
        String team = TeamScope.reportTeam(caller, teamId);
        return new MonthPlans(month, plans.month(tenant, month, team));
    }
}
