package dev.fieldcrm.api.informing;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.IdempotentCalls;
import dev.fieldcrm.core.informing.SurveyInvitation;
import dev.fieldcrm.core.informing.SurveyRequest;
import dev.fieldcrm.core.informing.SurveyService;
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

/** Sends the satisfaction survey to a client's contacts: {@code /api/v1/clients/{clientId}/surveys}. */
@Path("/api/v1/clients/{clientId}/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientSurveyResource {
    private final SurveyService surveys;
    private final CurrentCaller caller;
    private final IdempotentCalls idempotent;

    ClientSurveyResource(SurveyService surveys, CurrentCaller caller, IdempotentCalls idempotent) {
        this.surveys = surveys;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    /** One invitation per consenting contact; the worker sends each a signed single-use link. */
    @POST
    @APIResponseSchema(value = SurveyInvitation[].class, responseCode = "201")
    public Response send(@PathParam("clientId") String clientId, @HeaderParam(IdempotentCalls.HEADER) String key,
                         @Valid @NotNull SurveyRequest body) {
        return idempotent.run(caller.get(), key, "POST /clients/" + clientId + "/surveys", body,
                request -> surveys.send(caller.get(), clientId, body, request),
                invitations -> idempotent.stored(201, invitations, null, null));
    }
}
