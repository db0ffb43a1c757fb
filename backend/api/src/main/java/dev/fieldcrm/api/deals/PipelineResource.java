package dev.fieldcrm.api.deals;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.deals.Pipeline;
import dev.fieldcrm.core.deals.PipelineInput;
import dev.fieldcrm.core.deals.SalesSettingsService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import java.util.List;

/** The tenant's pipelines: everyone reads them, admins change them ({@code If-Match: "0"} stores a default first). */
@Path("/api/v1/pipelines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PipelineResource {
    private final SalesSettingsService settings;
    private final CurrentCaller caller;

    PipelineResource(SalesSettingsService settings, CurrentCaller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    public List<Pipeline> list() {
        return settings.config(caller.get()).pipelines();
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = Pipeline.class, responseCode = "200")
    public Response get(@PathParam("id") String id) {
        Pipeline pipeline = settings.pipeline(caller.get(), id);
        return Response.ok(pipeline).header(HttpHeaders.ETAG, Etags.of(pipeline.version())).build();
    }

    @PUT
    @Path("/{id}")
    @APIResponseSchema(value = Pipeline.class, responseCode = "200")
    public Response put(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull PipelineInput body) {
        Pipeline pipeline = settings.put(caller.get(), id, Etags.required(ifMatch), body);
        return Response.ok(pipeline).header(HttpHeaders.ETAG, Etags.of(pipeline.version())).build();
    }
}
