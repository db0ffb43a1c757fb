package dev.fieldcrm.api.deals;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.deals.SalesSettings;
import dev.fieldcrm.core.deals.SalesSettingsInput;
import dev.fieldcrm.core.deals.SalesSettingsService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Deal sources, won/lost reasons and the default currency: everyone reads them, admins change them. */
@Path("/api/v1/sales-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SalesSettingsResource {
    private final SalesSettingsService settings;
    private final CurrentCaller caller;

    SalesSettingsResource(SalesSettingsService settings, CurrentCaller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @APIResponseSchema(value = SalesSettings.class, responseCode = "200")
    public Response get() {
        SalesSettings current = settings.config(caller.get()).settings();
        return Response.ok(current).header(HttpHeaders.ETAG, Etags.of(current.version())).build();
    }

    @PUT
    @APIResponseSchema(value = SalesSettings.class, responseCode = "200")
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SalesSettingsInput body) {
        SalesSettings updated = settings.update(caller.get(), Etags.required(ifMatch), body);
        return Response.ok(updated).header(HttpHeaders.ETAG, Etags.of(updated.version())).build();
    }
}
