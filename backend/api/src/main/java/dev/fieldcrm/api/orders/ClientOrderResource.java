package dev.fieldcrm.api.orders;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.api.idempotency.IdempotentCalls;
import dev.fieldcrm.core.orders.BillingService;
import dev.fieldcrm.core.orders.Invoice;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderInput;
import dev.fieldcrm.core.orders.OrderService;
import dev.fieldcrm.core.orders.Shipment;
import dev.fieldcrm.core.orders.ShipmentInput;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** A client's field orders: take, change a draft, submit / confirm / cancel, ship, invoice. */
@Path("/api/v1/clients/{clientId}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientOrderResource {
    private final OrderService orders;
    private final BillingService billing;
    private final CurrentCaller caller;
    private final IdempotentCalls idempotent;

    ClientOrderResource(OrderService orders, BillingService billing, CurrentCaller caller, IdempotentCalls idempotent) {
        this.orders = orders;
        this.billing = billing;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @APIResponseSchema(value = Order.class, responseCode = "201")
    public Response create(@PathParam("clientId") String clientId, @HeaderParam(IdempotentCalls.HEADER) String key,
                           @Valid @NotNull OrderInput body) {
        return idempotent.run(caller.get(), key, "POST /clients/" + clientId + "/orders", body,
                request -> orders.create(caller.get(), clientId, null, body, request),
                order -> idempotent.stored(201, order, order.version(), location(clientId, order.id())));
    }

    /**
     * Without {@code If-Match}: takes the order with this client-chosen ULID (offline), or returns the stored one
     * if that already happened. With it: replaces the lines, comment and delivery date of a DRAFT.
     */
    @PUT
    @Path("/{orderId}")
    @APIResponseSchema(value = Order.class, responseCode = "200")
    public Response put(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OrderInput body) {
        Order order = ifMatch == null
                ? orders.create(caller.get(), clientId, orderId, body, null)
                : orders.replaceDraft(caller.get(), clientId, orderId, Etags.required(ifMatch), body);
        return tagged(order);
    }

    @GET
    @Path("/{orderId}")
    @APIResponseSchema(value = Order.class, responseCode = "200")
    public Response get(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId) {
        return tagged(orders.get(caller.get(), clientId, orderId));
    }

    /** The client's orders, newest first. */
    @GET
    public Page<Order> list(@PathParam("clientId") String clientId, @QueryParam("limit") Integer limit,
                            @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return orders.ofClient(caller.get(), clientId, PageRequest.of(limit, cursor));
    }

    @POST
    @Path("/{orderId}/submit")
    @APIResponseSchema(value = Order.class, responseCode = "200")
    public Response submit(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(orders.submit(caller.get(), clientId, orderId, Etags.required(ifMatch)));
    }

    @POST
    @Path("/{orderId}/confirm")
    @APIResponseSchema(value = Order.class, responseCode = "200")
    public Response confirm(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(orders.confirm(caller.get(), clientId, orderId, Etags.required(ifMatch)));
    }

    @POST
    @Path("/{orderId}/cancel")
    @APIResponseSchema(value = Order.class, responseCode = "200")
    public Response cancel(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(orders.cancel(caller.get(), clientId, orderId, Etags.required(ifMatch)));
    }

    /** Records a shipment (If-Match: the order's ETag); the response is the shipment. */
    @POST
    @Path("/{orderId}/shipments")
    @APIResponseSchema(value = Shipment.class, responseCode = "201")
    public Response ship(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ShipmentInput body) {
        Shipment shipment = orders.ship(caller.get(), clientId, orderId, Etags.required(ifMatch), body);
        return Response.status(201).entity(shipment).build();
    }

    /** Invoices a shipped order (If-Match: the order's ETag); the response is the invoice with its number. */
    @POST
    @Path("/{orderId}/invoice")
    @APIResponseSchema(value = Invoice.class, responseCode = "201")
    public Response invoice(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Invoice invoice = billing.invoice(caller.get(), clientId, orderId, Etags.required(ifMatch));
        return Response.status(201).entity(invoice).header(HttpHeaders.ETAG, Etags.of(invoice.version())).build();
    }

    private static Response tagged(Order order) {
        return Response.ok(order).header(HttpHeaders.ETAG, Etags.of(order.version())).build();
    }

    private static String location(String clientId, String orderId) {
        return "/api/v1/clients/" + clientId + "/orders/" + orderId;
    }
}
