package dev.fieldcrm.api.informing;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.http.QueryInstants;
import dev.fieldcrm.core.informing.SurveyReport;
import dev.fieldcrm.core.informing.SurveyService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Survey results for managers (their team) and admins (the tenant): {@code /api/v1/surveys?from&to}. */
@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {
    private final SurveyService surveys;
    private final CurrentCaller caller;

    SurveyResource(SurveyService surveys, CurrentCaller caller) {
        this.surveys = surveys;
        this.caller = caller;
    }

    /** Answers in [from, to) with their average score. */
    @GET
    public SurveyReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return surveys.report(caller.get(), QueryInstants.parse("from", from), QueryInstants.parse("to", to));
    }
}
