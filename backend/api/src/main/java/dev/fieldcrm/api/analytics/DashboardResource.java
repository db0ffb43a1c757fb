package dev.fieldcrm.api.analytics;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.analytics.Dashboard;
import dev.fieldcrm.core.analytics.DashboardRequest;
import dev.fieldcrm.core.analytics.DashboardService;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Manager analytics: {@code /api/v1/reports/dashboard}, read from the monthly aggregates (never from the deals). */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    private final DashboardService dashboard;
    private final CurrentCaller caller;

    DashboardResource(DashboardService dashboard, CurrentCaller caller) {
        this.dashboard = dashboard;
        this.caller = caller;
    }

    /**
     * Funnel, sources, partners, lost deals, won, plan-vs-fact figures, activity per rep and day/week and hygiene
     * offences for {@code from..to} (at most 12 months) and a team or a rep: a rep sees own, a manager the team or
     * one of its reps, an admin any (none named: the tenant). One Query per month for a team, one GetItem per month
     * for a rep, plus the deal tallies, hygiene tallies and sales settings.
     */
    @GET
    @Path("/dashboard")
    public Dashboard dashboard(@QueryParam("from") @Size(max = 10) String from,
                               @QueryParam("to") @Size(max = 10) String to,
                               @QueryParam("team") @Size(max = 64) String team,
                               @QueryParam("rep") @Size(max = 64) String rep) {
        return dashboard.dashboard(caller.get(), DashboardRequest.parse(from, to, team, rep));
    }
}
