package dev.fieldcrm.api.leads;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.leads.FailedInbound;
import dev.fieldcrm.core.leads.FailedRequests;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadConversion;
import dev.fieldcrm.core.leads.LeadConverted;
import dev.fieldcrm.core.leads.LeadMerged;
import dev.fieldcrm.core.leads.LeadService;
import dev.fieldcrm.core.leads.LeadStatus;
import dev.fieldcrm.core.leads.LeadView;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The leads inbox: {@code /api/v1/leads} — list, read, hand over, convert into a client, merge into a client,
 * reject. Every change needs {@code If-Match} with the lead's ETag. Beside it, {@code /api/v1/leads/failed}: the
 * inbound requests processing gave up on, and "retry now".
 */
@Path("/api/v1/leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadResource {
    private final LeadService leads;
    private final FailedRequests failed;
    private final CurrentCaller caller;

    LeadResource(LeadService leads, FailedRequests failed, CurrentCaller caller) {
        this.leads = leads;
        this.failed = failed;
        this.caller = caller;
    }

    /** Leads of one status (OPEN by default), newest first: a rep's own, a manager's team, an admin's tenant. */
    @GET
    public Page<Lead> list(@QueryParam("status") LeadStatus status,
                           @QueryParam("owner") @Size(max = 64) String ownerId,
                           @QueryParam("limit") Integer limit,
                           @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return leads.list(caller.get(), status, ownerId, PageRequest.of(limit, cursor));
    }

    /**
     * Inbound requests (form submissions, calls, chats) the worker gave up on, newest received first: channel,
     * form/integration, attempts, last error. Managers and admins; a failed request has no owner yet, so the list is
     * the tenant's.
     */
    @GET
    @Path("/failed")
    public Page<FailedInbound> failed(@QueryParam("limit") Integer limit,
                                      @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return failed.list(caller.get(), PageRequest.of(limit, cursor));
    }

    /**
     * Puts a failed request back on the processing path (the worker runs it once more) and answers its new state;
     * a request that is not FAILED (retried already, processed) is answered with its current state, unchanged.
     */
    @POST
    @Path("/failed/{id}/retry")
    public FailedInbound retry(@PathParam("id") String id) {
        return failed.retry(caller.get(), id);
    }

    /** The lead and the requests (form submissions, calls, chats) that made or joined it. */
    @GET
    @Path("/{id}")
    @APIResponseSchema(value = LeadView.class, responseCode = "200")
    public Response get(@PathParam("id") String id) {
        LeadView view = leads.get(caller.get(), id);
        return tagged(view, view.lead());
    }

    /** Body of a hand-over. */
    public record Reassignment(@NotBlank @Size(max = 64) String ownerId) {
    }

    /** Hands the lead to another rep (managers and admins); the new owner is notified. */
    @POST
    @Path("/{id}/reassign")
    @APIResponseSchema(value = Lead.class, responseCode = "200")
    public Response reassign(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull Reassignment body) {
        return tagged(leads.reassign(caller.get(), id, Etags.required(ifMatch), body.ownerId()));
    }

    /** Turns the lead into a client + contact (+ deal); 409 naming the client when its email/phone is a client's. */
    @POST
    @Path("/{id}/convert")
    @APIResponseSchema(value = LeadConverted.class, responseCode = "200")
    public Response convert(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid LeadConversion body) {
        LeadConverted converted = leads.convert(caller.get(), id, Etags.required(ifMatch),
                body == null ? new LeadConversion(null, null, null) : body);
        return tagged(converted, converted.lead());
    }

    /** Body of a merge. */
    public record Merge(@NotBlank @Size(max = 26) String clientId) {
    }

    /** Attaches the lead to an existing client: its message becomes an interaction on the client. */
    @POST
    @Path("/{id}/merge")
    @APIResponseSchema(value = LeadMerged.class, responseCode = "200")
    public Response merge(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull Merge body) {
        LeadMerged merged = leads.merge(caller.get(), id, Etags.required(ifMatch), body.clientId());
        return tagged(merged, merged.lead());
    }

    /** Body of a rejection. */
    public record Rejection(@NotBlank @Size(max = 500) String reason, boolean spam) {
    }

    /** Rejects the lead (not a prospect, or spam) with a reason. */
    @POST
    @Path("/{id}/reject")
    @APIResponseSchema(value = Lead.class, responseCode = "200")
    public Response reject(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull Rejection body) {
        return tagged(leads.reject(caller.get(), id, Etags.required(ifMatch), body.reason(), body.spam()));
    }

    private static Response tagged(Lead lead) {
        return tagged(lead, lead);
    }

    /** An answer about a lead, tagged with the lead's version. */
    private static Response tagged(Object body, Lead lead) {
        return Response.ok(body).header(HttpHeaders.ETAG, Etags.of(lead.version())).build();
    }
}
