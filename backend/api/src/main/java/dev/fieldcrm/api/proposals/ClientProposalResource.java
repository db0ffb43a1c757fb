package dev.fieldcrm.api.proposals;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.IdempotentCalls;
import dev.fieldcrm.core.proposals.Proposal;
import dev.fieldcrm.core.proposals.ProposalRequest;
import dev.fieldcrm.core.proposals.ProposalService;
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

/** A client's commercial proposals: make one (rendered to PDF and HTML, stored), list them. */
@Path("/api/v1/clients/{clientId}/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientProposalResource {
    private final ProposalService proposals;
    private final CurrentCaller caller;
    private final IdempotentCalls idempotent;

    ClientProposalResource(ProposalService proposals, CurrentCaller caller, IdempotentCalls idempotent) {
        this.proposals = proposals;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    /** Renders the proposal with the tenant's template; the answer links to its PDF (also the Location) and HTML. */
    @POST
    @APIResponseSchema(value = Proposal.class, responseCode = "201")
    public Response create(@PathParam("clientId") String clientId, @HeaderParam(IdempotentCalls.HEADER) String key,
                           @Valid @NotNull ProposalRequest body) {
        return idempotent.run(caller.get(), key, "POST /clients/" + clientId + "/proposals", body,
                request -> proposals.create(caller.get(), clientId, body, request),
                proposal -> idempotent.stored(201, proposal, proposal.version(), proposal.pdfUrl()));
    }

    /** The client's proposals, newest first. */
    @GET
    public Page<Proposal> list(@PathParam("clientId") String clientId, @QueryParam("limit") Integer limit,
                               @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return proposals.list(caller.get(), clientId, PageRequest.of(limit, cursor));
    }
}
