package dev.fieldcrm.api.plans;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.plans.Plan;
import dev.fieldcrm.core.plans.PlanInput;
import dev.fieldcrm.core.plans.PlanService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Monthly sales plans per rep: {@code /api/v1/plans/{yyyy-MM}}. Managers set their team's, admins anyone's; reps read
 * their own. Changes appear in {@code /api/v1/plans/{yyyy-MM}/history} (managers: their team's; reps: their own) and
 * in the admins' {@code /api/v1/sales-settings/history} (entity {@code plan}).
 */
@Path("/api/v1/plans/{month}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {
    private final PlanService plans;
    private final CurrentCaller caller;

    PlanResource(PlanService plans, CurrentCaller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    /** The month's plans: a rep's own, a manager's team, an admin's named team or the whole tenant. */
    @GET
    public PlanService.MonthPlans month(@PathParam("month") @Size(max = 7) String month,
                                        @QueryParam("team") @Size(max = 64) String team) {
        return plans.month(caller.get(), month, team);
    }

    /**
     * Who set which target of the month, old → new, when, newest first: a rep's own plan, a manager's team, an admin's
     * named team or the whole tenant; {@code user} narrows to one rep (a rep naming another: 403).
     */
    @GET
    @Path("/history")
    public PlanService.MonthChanges history(@PathParam("month") @Size(max = 7) String month,
                                            @QueryParam("team") @Size(max = 64) String team,
                                            @QueryParam("user") @Size(max = 64) String user) {
        return plans.history(caller.get(), month, team, user);
    }

    /** Creates a rep's plan (no If-Match, 201) or changes it (If-Match with the ETag read, 200). */
    @PUT
    @Path("/{userId}")
    @APIResponseSchema(value = Plan.class, responseCode = "200")
    public Response set(@PathParam("month") @Size(max = 7) String month, @PathParam("userId") @Size(max = 64) String userId,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PlanInput body) {
        long expected = ifMatch == null ? 0 : Etags.required(ifMatch);
        Plan saved = plans.set(caller.get(), month, userId, expected, body);
        return Response.status(saved.version() == 1 ? 201 : 200).entity(saved)
                .header(HttpHeaders.ETAG, Etags.of(saved.version())).build();
    }
}
