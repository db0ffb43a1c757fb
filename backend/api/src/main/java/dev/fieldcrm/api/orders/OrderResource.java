package dev.fieldcrm.api.orders;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderService;
import dev.fieldcrm.core.orders.OrderStatus;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.ValidationFailed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Orders across clients: a rep's own, a manager's team (or one rep's with {@code ownerId}). */
@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    private final OrderService orders;
    private final CurrentCaller caller;

    OrderResource(OrderService orders, CurrentCaller caller) {
        this.orders = orders;
        this.caller = caller;
    }

    /** Newest first; {@code status} narrows a page after it is read (a page may be short; follow the cursor). */
    @GET
    public Page<Order> list(@QueryParam("ownerId") @Size(max = 64) String ownerId, @QueryParam("status") @Size(max = 40) String status,
                            @QueryParam("limit") Integer limit, @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return orders.list(caller.get(), ownerId, status(status), PageRequest.of(limit, cursor));
    }

    private static OrderStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("status", "must be one of " + java.util.Arrays.toString(OrderStatus.values()));
        }
    }
}
