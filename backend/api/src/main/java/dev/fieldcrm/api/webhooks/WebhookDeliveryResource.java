package dev.fieldcrm.api.webhooks;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.IdempotentCalls;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.webhooks.WebhookDelivery;
import dev.fieldcrm.core.webhooks.WebhookService;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** A subscription's delivery log and manual redelivery: {@code /api/v1/webhooks/{id}/deliveries}. */
@Path("/api/v1/webhooks/{webhookId}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookDeliveryResource {
    private final WebhookService webhooks;
    private final CurrentCaller caller;
    private final IdempotentCalls idempotent;

    WebhookDeliveryResource(WebhookService webhooks, CurrentCaller caller, IdempotentCalls idempotent) {
        this.webhooks = webhooks;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    /** Newest event first: status, attempts, last response code and excerpt, timestamps, payload. */
    @GET
    public Page<WebhookDelivery> list(@PathParam("webhookId") String webhookId, @QueryParam("limit") Integer limit,
                                      @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return webhooks.deliveries(caller.get(), webhookId, PageRequest.of(limit, cursor));
    }

    /**
     * Makes the delivery due again now, with a fresh budget of attempts; the worker sends it within a minute.
     * {@code Idempotency-Key} makes a retried click one redelivery.
     */
    @POST
    @Path("/{deliveryId}/redeliver")
    @APIResponseSchema(value = WebhookDelivery.class, responseCode = "202")
    public Response redeliver(@PathParam("webhookId") String webhookId, @PathParam("deliveryId") String deliveryId,
                              @HeaderParam(IdempotentCalls.HEADER) String key) {
        return idempotent.run(caller.get(), key, "POST /webhooks/" + webhookId + "/deliveries/" + deliveryId + "/redeliver", "",
                request -> webhooks.redeliver(caller.get(), webhookId, deliveryId, request),
                delivery -> idempotent.stored(202, delivery, delivery.version(), null));
    }
}
