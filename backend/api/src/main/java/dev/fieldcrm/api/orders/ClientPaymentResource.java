package dev.fieldcrm.api.orders;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.IdempotentCalls;
import dev.fieldcrm.core.orders.BillingService;
import dev.fieldcrm.core.orders.Payment;
import dev.fieldcrm.core.orders.PaymentInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Payments received from a client against its invoices. */
@Path("/api/v1/clients/{clientId}/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientPaymentResource {
    private final BillingService billing;
    private final CurrentCaller caller;
    private final IdempotentCalls idempotent;

    ClientPaymentResource(BillingService billing, CurrentCaller caller, IdempotentCalls idempotent) {
        this.billing = billing;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @APIResponseSchema(value = Payment.class, responseCode = "201")
    public Response pay(@PathParam("clientId") String clientId, @HeaderParam(IdempotentCalls.HEADER) String key,
                        @Valid @NotNull PaymentInput body) {
        return idempotent.run(caller.get(), key, "POST /clients/" + clientId + "/payments", body,
                request -> billing.pay(caller.get(), clientId, body, request),
                payment -> idempotent.stored(201, payment, payment.version(), null));
    }
}
