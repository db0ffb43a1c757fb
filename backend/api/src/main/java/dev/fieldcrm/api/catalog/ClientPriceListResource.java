package dev.fieldcrm.api.catalog;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.http.QueryDates;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.catalog.PriceListChoice;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Which price list prices a client's orders on a day, and why (see {@link PriceListChoice}). */
@Path("/api/v1/clients/{clientId}/price-list")
@Produces(MediaType.APPLICATION_JSON)
public class ClientPriceListResource {
    private final CatalogService catalog;
    private final CurrentCaller caller;

    ClientPriceListResource(CatalogService catalog, CurrentCaller caller) {
        this.catalog = catalog;
        this.caller = caller;
    }

    /** {@code on}: the day (default today in the caller's zone); {@code currency}: only lists in it. */
    @GET
    public PriceListChoice applicable(@PathParam("clientId") String clientId, @QueryParam("on") String on,
                                      @QueryParam("currency") @Pattern(regexp = "[A-Z]{3}") String currency) {
        return catalog.applicablePriceList(caller.get(), clientId, QueryDates.parse("on", on), currency);
    }
}
