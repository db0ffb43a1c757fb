package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.deals.DealQueries;
import dev.fieldcrm.core.deals.DealTally;
import dev.fieldcrm.core.deals.SettingsQueries;
import dev.fieldcrm.core.hygiene.HygieneStore;
import dev.fieldcrm.core.hygiene.OffenceTally;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.TeamScope;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dashboard as a caller may see it: a rep their own, a manager their team or one of its reps, an admin any team or
 * rep of the tenant (or the whole tenant). Reads never scan and are bounded by the period:
 * a team: one Query per month + one Query deal tallies + one Query hygiene tallies + one Query sales settings;
 * a rep: one GetItem per month + one GetItem deal tally + one Query hygiene tallies + one Query sales settings
 * (+ one GetItem of the user when a supervisor names a rep).
 */
public final class DashboardService {
    private final AggregateQueries aggregates;
    private final DealQueries deals;
    private final HygieneStore hygiene;
    private final SettingsQueries settings;
    private final TeamScope scope;

    public DashboardService(AggregateQueries aggregates, DealQueries deals, HygieneStore hygiene, SettingsQueries settings,
                            TeamScope scope) {
        this.aggregates = aggregates;
        this.deals = deals;
        this.hygiene = hygiene;
        this.settings = settings;
        this.scope = scope;
    }

    public Dashboard dashboard(Caller caller, DashboardRequest request) {
        List<YearMonth> months = request.months();
        String tenant = caller.tenantId();
        String rep = request.repId();
        if (rep == null && (request.teamId() == null && !caller.supervises())) {
            rep = caller.userId();
        }
        if (rep != null) {
            String team = rep.equals(caller.userId()) ? caller.teamId() : scope.require(caller, rep).teamId();
            return repDashboard(tenant, new DashboardRequest(request.from(), request.to(), null, rep), months,
                    team == null ? AggregateKey.NO_TEAM : team);
        }
        String team = request.teamId() != null ? request.teamId() : caller.is(Role.ADMIN) ? null : caller.teamId();
        requireTeam(caller, team);
        List<MonthAggregate> read = new ArrayList<>();
        for (YearMonth month : months) {
            read.addAll(aggregates.month(tenant, month, team));
        }
        long offences = hygiene.tallies(tenant, team).stream().mapToLong(DashboardService::offences).sum();
        return DashboardFigures.of(new DashboardRequest(request.from(), request.to(), team, null), months, read,
                settings.load(tenant), deals.tallies(tenant, team), offences);
    }

    private Dashboard repDashboard(String tenant, DashboardRequest request, List<YearMonth> months, String team) {
        List<MonthAggregate> read = new ArrayList<>();
        for (YearMonth month : months) {
            aggregates.owner(tenant, month, team, request.repId()).ifPresent(read::add);
        }
        long offences = hygiene.tallies(tenant, team).stream()
                .filter(t -> t.key().ownerId().equals(request.repId())).mapToLong(DashboardService::offences).sum();
        List<DealTally> tally = deals.tally(tenant, new DealTally.Key(team, request.repId())).stream().toList();
        return DashboardFigures.of(request, months, read, settings.load(tenant), tally, offences);
    }

    /** A rep sees no team; a manager only their own; an admin any (null: the tenant). */
    private static void requireTeam(Caller caller, String teamId) {
        if (!caller.supervises()) {
            throw new Forbidden("a rep sees only own dashboard");
        }
        if (!caller.is(Role.ADMIN) && (teamId == null || !Objects.equals(teamId, caller.teamId()))) {
            throw new Forbidden("a manager sees only own team's dashboard");
        }
    }

    private static long offences(OffenceTally tally) {
        return tally.counts().values().stream().mapToLong(Long::longValue).sum();
    }
}
