package dev.fieldcrm.api.journal;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.IdempotentCalls;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.journal.InteractionInput;
import dev.fieldcrm.core.journal.JournalService;
import dev.fieldcrm.core.shared.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;


/** A client's interaction journal: log and list. */
@Path("/api/v1/clients/{clientId}/interactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientInteractionResource {
    private final JournalService journal;
    private final CurrentCaller caller;
    private final IdempotentCalls idempotent;

    ClientInteractionResource(JournalService journal, CurrentCaller caller, IdempotentCalls idempotent) {
        this.journal = journal;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    /**
     * Logs a call, meeting, visit, email or note with its next step (or the reason there is none). Returns the
     * entry, the step it closed and the next step.
     */
    @POST
    @APIResponseSchema(value = JournalService.Logged.class, responseCode = "201")
    public Response log(@PathParam("clientId") String clientId, @HeaderParam(IdempotentCalls.HEADER) String key,
                        @Valid @NotNull InteractionInput body) {
        return idempotent.run(caller.get(), key, "POST /clients/" + clientId + "/interactions", body,
                request -> journal.log(caller.get(), clientId, null, body, request),
                logged -> idempotent.stored(201, logged, null,
                        "/api/v1/clients/" + clientId + "/interactions/" + logged.interaction().id()));
    }

    /** Logs with a client-chosen ULID (offline); sending it again does not log twice. */
    @PUT
    @Path("/{id}")
    public JournalService.Logged logWithId(@PathParam("clientId") String clientId, @PathParam("id") String id,
                                           @Valid @NotNull InteractionInput body) {
        return journal.log(caller.get(), clientId, id, body, null);
    }

    /** A client's journal, newest first; {@code type}, {@code from}, {@code to} (ISO instants) narrow it. */
    @GET
    public Page<Interaction> byClient(@PathParam("clientId") String clientId,
                                      @Valid @BeanParam JournalParams params) {
        return journal.byClient(caller.get(), clientId, params.filter(), params.page());
    }
}
