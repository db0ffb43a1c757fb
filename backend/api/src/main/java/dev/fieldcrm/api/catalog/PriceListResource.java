package dev.fieldcrm.api.catalog;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.catalog.PriceLineInput;
import dev.fieldcrm.core.catalog.PriceList;
import dev.fieldcrm.core.catalog.PriceListInput;
import dev.fieldcrm.core.catalog.PriceListLine;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import java.util.List;

/** Price lists: headers and their lines (net prices per sku). */
@Path("/api/v1/price-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceListResource {
    private final CatalogService catalog;
    private final CurrentCaller caller;

    PriceListResource(CatalogService catalog, CurrentCaller caller) {
        this.catalog = catalog;
        this.caller = caller;
    }

    @PUT
    @Path("/{id}")
    @APIResponseSchema(value = PriceList.class, responseCode = "200")
    public Response put(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull PriceListInput body) {
        PriceList list = catalog.putPriceList(caller.get(), id, ifMatch == null ? null : Etags.required(ifMatch), body);
        return Response.ok(list).header(HttpHeaders.ETAG, Etags.of(list.version())).build();
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = PriceList.class, responseCode = "200")
    public Response get(@PathParam("id") String id) {
        PriceList list = catalog.priceList(caller.get(), id);
        return Response.ok(list).header(HttpHeaders.ETAG, Etags.of(list.version())).build();
    }

    /** Every price list of the tenant (at most 500, so not paged). */
    @GET
    public List<PriceList> list() {
        return catalog.priceLists(caller.get());
    }

    /** Body of a lines update. */
    public record Lines(@NotNull @Size(min = 1, max = CatalogService.MAX_LINES_PER_REQUEST) List<@NotNull @Valid PriceLineInput> lines) {
    }

    /** Sets the prices of up to 100 skus (creating or replacing their lines) in one transaction. */
    @PUT
    @Path("/{id}/lines")
    public List<PriceListLine> putLines(@PathParam("id") String id, @Valid @NotNull Lines body) {
        return catalog.putLines(caller.get(), id, body.lines());
    }

    @GET
    @Path("/{id}/lines")
    public Page<PriceListLine> lines(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                     @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return catalog.lines(caller.get(), id, PageRequest.of(limit, cursor));
    }
}
