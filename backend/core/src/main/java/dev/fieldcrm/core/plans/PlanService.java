package dev.fieldcrm.core.plans;

import dev.fieldcrm.core.deals.VersionedSettings;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.users.User;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * Per-rep monthly sales plans: a manager sets them for the own team's reps, an admin for anyone; a rep reads own.
 * Each change is versioned (If-Match), audited in the settings trail (entity {@code plan}, id {@code <month>/<rep>};
 * admins) and logged in the month's plan log as a {@link PlanChange} (managers read their team's, reps their own).
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
     * {@code expectedVersion} is 0, else on that version) + Put settings audit entry + Put plan log entry.
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
        versions.store(caller, currentVersion, expectedVersion, current, updated, "plan", month + "/" + userId,
                new ChangeSet().create(PlanChange.between(current, updated, Ids.newId())));
        return updated;
    }

    /** A month's plan changes as the caller may see them, newest first. */
    public record MonthChanges(YearMonth month, String teamId, List<PlanChange> changes) {
    }

    /**
     * Who set which target of a month, old → new, when: a rep their own plan's changes (another rep's: 403); a manager
     * the own team's (another team: 403), optionally one rep's; an admin a named team's or the tenant's, optionally one
     * rep's. One Query of the month's plan log (every page; a month's log is small).
     */
    public MonthChanges history(Caller caller, String monthText, String teamId, String userId) {
        YearMonth month = Months.month(monthText, "month");
        String team;
        String owner = userId;
        if (!caller.supervises()) {
            if (userId != null && !userId.equals(caller.userId())) {
                throw new Forbidden("a rep can see only the own plan's changes");
            }
            TeamScope.requireOwnTeam(caller, teamId);
            team = TeamScope.teamKey(caller.teamId());
            owner = caller.userId();
        } else {
            team = TeamScope.reportTeam(caller, teamId);
        }
        List<PlanChange> found = plans.changes(caller.tenantId(), month, team, team == null ? null : owner);
        String rep = owner;
        return new MonthChanges(month, team, found.stream()
                .filter(c -> rep == null || c.ownerId().equals(rep))
                .sorted(Comparator.comparing(PlanChange::at).thenComparing(PlanChange::id).reversed()).toList());
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
