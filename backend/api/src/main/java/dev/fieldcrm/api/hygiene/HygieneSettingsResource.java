package dev.fieldcrm.api.hygiene;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.hygiene.HygieneSettings;
import dev.fieldcrm.core.hygiene.HygieneSettingsInput;
import dev.fieldcrm.core.hygiene.HygieneSettingsService;
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

/**
 * The tenant's hygiene settings (rules enabled, their parameters, the review schedule): managers and admins read,
 * admins change with If-Match. Changes appear in {@code /api/v1/sales-settings/history}.
 */
@Path("/api/v1/hygiene/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HygieneSettingsResource {
    private final HygieneSettingsService settings;
    private final CurrentCaller caller;

    HygieneSettingsResource(HygieneSettingsService settings, CurrentCaller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @APIResponseSchema(value = HygieneSettings.class, responseCode = "200")
    public Response get() {
        return withEtag(settings.get(caller.get()));
    }

    @PUT
    @APIResponseSchema(value = HygieneSettings.class, responseCode = "200")
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull HygieneSettingsInput body) {
        return withEtag(settings.update(caller.get(), Etags.required(ifMatch), body));
    }

    private static Response withEtag(HygieneSettings current) {
        return Response.ok(current).header(HttpHeaders.ETAG, Etags.of(current.version())).build();
    }
}
