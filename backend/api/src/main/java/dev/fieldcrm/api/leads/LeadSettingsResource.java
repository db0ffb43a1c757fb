package dev.fieldcrm.api.leads;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.leads.LeadSettings;
import dev.fieldcrm.core.leads.LeadSettingsInput;
import dev.fieldcrm.core.leads.LeadSettingsService;
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
 * How the tenant takes in leads (phone region, lead or client, SLA and working hours, territory rules, round-robin
 * pool): managers and admins read, admins change. Changes appear in {@code /api/v1/sales-settings/history}.
 */
@Path("/api/v1/lead-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadSettingsResource {
    private final LeadSettingsService settings;
    private final CurrentCaller caller;

    LeadSettingsResource(LeadSettingsService settings, CurrentCaller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @APIResponseSchema(value = LeadSettings.class, responseCode = "200")
    public Response get() {
        return withEtag(settings.get(caller.get()));
    }

    @PUT
    @APIResponseSchema(value = LeadSettings.class, responseCode = "200")
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull LeadSettingsInput body) {
        return withEtag(settings.update(caller.get(), Etags.required(ifMatch), body));
    }

    private static Response withEtag(LeadSettings current) {
        return Response.ok(current).header(HttpHeaders.ETAG, Etags.of(current.version())).build();
    }
}
