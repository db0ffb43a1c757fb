package dev.fieldcrm.api.plans;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.dynamo.PlanServices;
import dev.fieldcrm.core.reports.AbcDistribution;
import dev.fieldcrm.core.reports.PlanFactReport;
import dev.fieldcrm.core.reports.ReceivablesSummary;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The manager's team reports: {@code /api/v1/reports/plan-fact}, {@code …/receivables}, {@code …/abc}. Each reads
 * pre-aggregated items (plans, monthly aggregates, tallies, ABC counts per owner), never the team's records.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class TeamReportResource {
    private final PlanServices reports;
    private final CurrentCaller caller;

    TeamReportResource(PlanServices reports, CurrentCaller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    /** Plan vs fact per rep for a month ({@code 2026-11}) or a quarter ({@code 2026-Q4}), with the leaderboard. */
    @GET
    @Path("/plan-fact")
    public PlanFactReport.Report planFact(@QueryParam("period") @Size(max = 7) String period,
                                          @QueryParam("team") @Size(max = 64) String team,
                                          @QueryParam("rep") @Size(max = 64) String rep) {
        return reports.planFact().report(caller.get(), period, team, rep);
    }

    /** Open receivables per rep and currency, with the part overdue today. */
    @GET
    @Path("/receivables")
    public ReceivablesSummary.Report receivables(@QueryParam("team") @Size(max = 64) String team) {
        return reports.receivables().report(caller.get(), team);
    }

    /** Clients per ABC class per rep in the latest ABC run. */
    @GET
    @Path("/abc")
    public AbcDistribution.Report abc(@QueryParam("team") @Size(max = 64) String team) {
        return reports.abc().report(caller.get(), team);
    }
}
