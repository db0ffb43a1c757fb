package dev.fieldcrm.api.informing;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.informing.SurveyService;
import dev.fieldcrm.core.informing.SurveySettings;
import dev.fieldcrm.core.informing.SurveySettingsInput;
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

/** The tenant's satisfaction questionnaire: managers and admins read it, admins change it (If-Match; defaults are "0"). */
@Path("/api/v1/survey-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveySettingsResource {
    private final SurveyService surveys;
    private final CurrentCaller caller;

    SurveySettingsResource(SurveyService surveys, CurrentCaller caller) {
        this.surveys = surveys;
        this.caller = caller;
    }

    @GET
    @APIResponseSchema(value = SurveySettings.class, responseCode = "200")
    public Response get() {
        SurveySettings settings = surveys.settings(caller.get());
        return Response.ok(settings).header(HttpHeaders.ETAG, Etags.of(settings.version())).build();
    }

    @PUT
    @APIResponseSchema(value = SurveySettings.class, responseCode = "200")
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SurveySettingsInput body) {
        SurveySettings updated = surveys.updateSettings(caller.get(), Etags.required(ifMatch), body);
        return Response.ok(updated).header(HttpHeaders.ETAG, Etags.of(updated.version())).build();
    }
}
