package dev.fieldcrm.api.abc;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.abc.AbcRequest;
import dev.fieldcrm.core.abc.AbcRun;
import dev.fieldcrm.core.abc.AbcService;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** ABC analysis of the tenant's clients: {@code /api/v1/abc-runs} (managers and admins). */
@Path("/api/v1/abc-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AbcResource {
    private final AbcService abc;
    private final CurrentCaller caller;

    AbcResource(AbcService abc, CurrentCaller caller) {
        this.abc = abc;
        this.caller = caller;
    }

    /** Classifies the clients by turnover and margin over the months given; each client's result goes on its card. */
    @POST
    @APIResponseSchema(value = AbcRun.class, responseCode = "201")
    public Response run(@Valid @NotNull AbcRequest body) {
        return Response.status(Response.Status.CREATED).entity(abc.run(caller.get(), body)).build();
    }

    @GET
    public Page<AbcRun> runs(@QueryParam("limit") Integer limit, @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return abc.runs(caller.get(), PageRequest.of(limit, cursor));
    }
}
