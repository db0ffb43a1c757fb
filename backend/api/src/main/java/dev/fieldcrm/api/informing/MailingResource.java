package dev.fieldcrm.api.informing;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.IdempotentCalls;
import dev.fieldcrm.core.informing.MailingInput;
import dev.fieldcrm.core.informing.MailingService;
import dev.fieldcrm.core.informing.MailingView;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Mailings to consenting contacts (managers and admins): {@code /api/v1/mailings}. The worker sends them. */
@Path("/api/v1/mailings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailingResource {
    private final MailingService mailings;
    private final CurrentCaller caller;
    private final IdempotentCalls idempotent;

    MailingResource(MailingService mailings, CurrentCaller caller, IdempotentCalls idempotent) {
        this.mailings = mailings;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    /** Schedules a mailing (now or at {@code scheduledAt}); {@code Idempotency-Key} makes retries safe. */
    @POST
    @APIResponseSchema(value = MailingView.class, responseCode = "201")
    public Response create(@HeaderParam(IdempotentCalls.HEADER) String key, @Valid @NotNull MailingInput body) {
        return idempotent.run(caller.get(), key, "POST /mailings", body,
                request -> mailings.create(caller.get(), body, request),
                view -> idempotent.stored(201, view, view.mailing().version(), "/api/v1/mailings/" + view.mailing().id()));
    }

    /** Status and counts: targeted = sent + failed + suppressed + skipped + retrying. */
    @GET
    @Path("/{id}")
    public MailingView get(@PathParam("id") String id) {
        return mailings.find(caller.get(), id);
    }

    /** The caller's team's mailings (an admin's: the tenant's), newest first. */
    @GET
    public Page<MailingView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return mailings.list(caller.get(), PageRequest.of(limit, cursor));
    }

    /** Stops the mailing; what was sent stays sent. Cancelling a finished or cancelled mailing changes nothing. */
    @POST
    @Path("/{id}/cancel")
    public MailingView cancel(@PathParam("id") String id) {
        return mailings.cancel(caller.get(), id);
    }
}
