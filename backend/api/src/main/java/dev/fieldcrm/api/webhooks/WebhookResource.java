package dev.fieldcrm.api.webhooks;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.api.idempotency.IdempotentCalls;
import dev.fieldcrm.core.webhooks.Webhook;
import dev.fieldcrm.core.webhooks.WebhookInput;
import dev.fieldcrm.core.webhooks.WebhookService;
import dev.fieldcrm.core.webhooks.WebhookWithSecret;
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
 * Outbound webhook subscriptions of the tenant (admins only): {@code /api/v1/webhooks}. The signing secret is in the
 * answer to a create and to {@code rotate-secret}, and nowhere else.
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {
    private final WebhookService webhooks;
    private final CurrentCaller caller;
    private final IdempotentCalls idempotent;

    WebhookResource(WebhookService webhooks, CurrentCaller caller, IdempotentCalls idempotent) {
        this.webhooks = webhooks;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    /** A new subscription with a server-generated secret; {@code Idempotency-Key} makes retries safe. */
    @POST
    @APIResponseSchema(value = WebhookWithSecret.class, responseCode = "201")
    public Response create(@HeaderParam(IdempotentCalls.HEADER) String key, @Valid @NotNull WebhookInput body) {
        return idempotent.run(caller.get(), key, "POST /webhooks", body,
                request -> webhooks.create(caller.get(), body, request),
                created -> idempotent.stored(201, created, created.webhook().version(),
                        "/api/v1/webhooks/" + created.webhook().id()));
    }

    /** Every subscription of the tenant (at most 20, so not paged). */
    @GET
    public List<Webhook> list() {
        return webhooks.list(caller.get());
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = Webhook.class, responseCode = "200")
    public Response get(@PathParam("id") String id) {
        Webhook webhook = webhooks.get(caller.get(), id);
        return Response.ok(webhook).header(HttpHeaders.ETAG, Etags.of(webhook.version())).build();
    }

    /** Replaces url, events, active flag and description ({@code If-Match}); switching it on again resets the failures. */
    @PUT
    @Path("/{id}")
    @APIResponseSchema(value = Webhook.class, responseCode = "200")
    public Response put(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull WebhookInput body) {
        Webhook webhook = webhooks.update(caller.get(), id, Etags.required(ifMatch), body);
        return Response.ok(webhook).header(HttpHeaders.ETAG, Etags.of(webhook.version())).build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        webhooks.delete(caller.get(), id, Etags.required(ifMatch));
        return Response.noContent().build();
    }

    /** A new signing secret ({@code If-Match}); for 24 hours deliveries carry the old one's signature too. */
    @POST
    @Path("/{id}/rotate-secret")
    @APIResponseSchema(value = WebhookWithSecret.class, responseCode = "200")
    public Response rotateSecret(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WebhookWithSecret rotated = webhooks.rotateSecret(caller.get(), id, Etags.required(ifMatch));
        return Response.ok(rotated).header(HttpHeaders.ETAG, Etags.of(rotated.webhook().version())).build();
    }
}
