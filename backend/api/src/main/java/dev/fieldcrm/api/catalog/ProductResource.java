package dev.fieldcrm.api.catalog;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.catalog.Product;
import dev.fieldcrm.core.catalog.ProductInput;
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

/** The product catalog: managers and admins change it, everyone of the tenant reads it. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {
    private final CatalogService catalog;
    private final CurrentCaller caller;

    ProductResource(CatalogService catalog, CurrentCaller caller) {
        this.catalog = catalog;
        this.caller = caller;
    }

    /** Without {@code If-Match}: adds the product (409 if the sku exists). With it: replaces the product. */
    @PUT
    @Path("/{sku}")
    @APIResponseSchema(value = Product.class, responseCode = "200")
    public Response put(@PathParam("sku") String sku, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull ProductInput body) {
        Product product = catalog.putProduct(caller.get(), sku, ifMatch == null ? null : Etags.required(ifMatch), body);
        return Response.ok(product).header(HttpHeaders.ETAG, Etags.of(product.version())).build();
    }

    @GET
    @Path("/{sku}")
    @APIResponseSchema(value = Product.class, responseCode = "200")
    public Response get(@PathParam("sku") String sku) {
        Product product = catalog.product(caller.get(), sku);
        return Response.ok(product).header(HttpHeaders.ETAG, Etags.of(product.version())).build();
    }

    /** Products by sku; {@code activeOnly=true} leaves out inactive ones (a filtered page may be short). */
    @GET
    public Page<Product> list(@QueryParam("activeOnly") boolean activeOnly, @QueryParam("limit") Integer limit,
                              @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return catalog.products(caller.get(), activeOnly, PageRequest.of(limit, cursor));
    }
}
