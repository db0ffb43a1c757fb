package dev.fieldcrm.api.orders;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.http.QueryDates;
import dev.fieldcrm.core.orders.BillingService;
import dev.fieldcrm.core.orders.ReceivablesReport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** What a client owes: balance, overdue amount and ageing per currency, as of a day. */
@Path("/api/v1/clients/{clientId}/receivables")
@Produces(MediaType.APPLICATION_JSON)
public class ClientReceivablesResource {
    private final BillingService billing;
    private final CurrentCaller caller;

    ClientReceivablesResource(BillingService billing, CurrentCaller caller) {
        this.billing = billing;
        this.caller = caller;
    }

    /** {@code on}: the day to age the invoices at (default today in the caller's zone). One DynamoDB Query. */
    @GET
    public ReceivablesReport receivables(@PathParam("clientId") String clientId, @QueryParam("on") String on) {
        return billing.receivables(caller.get(), clientId, QueryDates.parse("on", on));
    }
}
