package dev.fieldcrm.api.catalog;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.catalog.ConditionsPackage;
import dev.fieldcrm.core.catalog.ConditionsPackageInput;
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

/** Conditions packages (discount, payment term) that clients name on their card. */
@Path("/api/v1/conditions-packages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConditionsPackageResource {
    private final CatalogService catalog;
    private final CurrentCaller caller;

    ConditionsPackageResource(CatalogService catalog, CurrentCaller caller) {
        this.catalog = catalog;
        this.caller = caller;
    }

    @PUT
    @Path("/{code}")
    @APIResponseSchema(value = ConditionsPackage.class, responseCode = "200")
    public Response put(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull ConditionsPackageInput body) {
        ConditionsPackage pkg = catalog.putConditionsPackage(caller.get(), code, ifMatch == null ? null : Etags.required(ifMatch), body);
        return Response.ok(pkg).header(HttpHeaders.ETAG, Etags.of(pkg.version())).build();
    }

    @GET
    @Path("/{code}")
    @APIResponseSchema(value = ConditionsPackage.class, responseCode = "200")
    public Response get(@PathParam("code") String code) {
        ConditionsPackage pkg = catalog.conditionsPackage(caller.get(), code);
        return Response.ok(pkg).header(HttpHeaders.ETAG, Etags.of(pkg.version())).build();
    }

    @GET
    public Page<ConditionsPackage> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return catalog.conditionsPackages(caller.get(), PageRequest.of(limit, cursor));
    }
}
