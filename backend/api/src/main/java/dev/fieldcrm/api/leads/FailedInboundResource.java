package dev.fieldcrm.api.leads;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.leads.FailedInbound;
import dev.fieldcrm.core.leads.FailedRequests;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Inbound requests (form submissions, calls, chats) the worker gave up on, beside the leads inbox:
 * {@code /api/v1/leads/failed} — list them and try one again. Managers and admins only; a failed request has no
 * owner yet, so the list is the tenant's.
 */
@Path("/api/v1/leads/failed")
@Produces(MediaType.APPLICATION_JSON)
public class FailedInboundResource {
    private final FailedRequests failed;
    private final CurrentCaller caller;

    FailedInboundResource(FailedRequests failed, CurrentCaller caller) {
        this.failed = failed;
        this.caller = caller;
    }

    /** The tenant's failed requests, newest received first: channel, form/integration, attempts, last error. */
    @GET
    public Page<FailedInbound> list(@QueryParam("limit") Integer limit,
                                    @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return failed.list(caller.get(), PageRequest.of(limit, cursor));
    }

    /**
     * Puts a failed request back on the processing path (the worker runs it once more) and answers its new state;
     * a request that is not FAILED (retried already, processed) is answered with its current state, unchanged.
     */
    @POST
    @Path("/{id}/retry")
    public FailedInbound retry(@PathParam("id") String id) {
        return failed.retry(caller.get(), id);
    }
}
