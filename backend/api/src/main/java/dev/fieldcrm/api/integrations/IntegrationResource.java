package dev.fieldcrm.api.integrations;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.integrations.IntegrationInput;
import dev.fieldcrm.core.integrations.IntegrationService;
import dev.fieldcrm.core.integrations.IntegrationView;
import dev.fieldcrm.core.integrations.IntegrationWithSecret;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import java.util.List;

/**
 * Inbound integrations of the tenant — telephony / call tracking and chat services that post signed events
 * (admins only): {@code /api/v1/integrations}. The signing secret is in the answer to a create and to
 * {@code rotate-secret}, and nowhere else.
 */
@Path("/api/v1/integrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntegrationResource {
    private final IntegrationService integrations;
    private final CurrentCaller caller;

    IntegrationResource(IntegrationService integrations, CurrentCaller caller) {
        this.integrations = integrations;
        this.caller = caller;
    }

    /** A new integration with a server-generated public key and signing secret. */
    @POST
    @APIResponseSchema(value = IntegrationWithSecret.class, responseCode = "201")
    public Response create(@Valid @NotNull IntegrationInput body) {
        IntegrationWithSecret created = integrations.create(caller.get(), body);
        return Response.status(201).entity(created)
                .header(HttpHeaders.ETAG, Etags.of(created.integration().version()))
                .header(HttpHeaders.LOCATION, "/api/v1/integrations/" + created.integration().id()).build();
    }

    /** Every integration of the tenant (at most 20, so not paged). */
    @GET
    public List<IntegrationView> list() {
        return integrations.list(caller.get());
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = IntegrationView.class, responseCode = "200")
    public Response get(@PathParam("id") String id) {
        return tagged(integrations.get(caller.get(), id));
    }

    /** Replaces name, kind, routing and the active flag ({@code If-Match}). */
    @PUT
    @Path("/{id}")
    @APIResponseSchema(value = IntegrationView.class, responseCode = "200")
    public Response put(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull IntegrationInput body) {
        return tagged(integrations.update(caller.get(), id, Etags.required(ifMatch), body));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        integrations.delete(caller.get(), id, Etags.required(ifMatch));
        return Response.noContent().build();
    }

    /** A new signing secret ({@code If-Match}); the old one stops working at once. */
    @POST
    @Path("/{id}/rotate-secret")
    @APIResponseSchema(value = IntegrationWithSecret.class, responseCode = "200")
    public Response rotateSecret(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        IntegrationWithSecret rotated = integrations.rotateSecret(caller.get(), id, Etags.required(ifMatch));
        return Response.ok(rotated).header(HttpHeaders.ETAG, Etags.of(rotated.integration().version())).build();
    }

    private static Response tagged(IntegrationView view) {
        return Response.ok(view).header(HttpHeaders.ETAG, Etags.of(view.version())).build();
    }
}
