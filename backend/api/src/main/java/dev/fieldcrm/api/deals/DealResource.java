package dev.fieldcrm.api.deals;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.api.idempotency.IdempotentCalls;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealBoard;
import dev.fieldcrm.core.deals.DealInput;
import dev.fieldcrm.core.deals.DealService;
import dev.fieldcrm.core.deals.DealView;
import dev.fieldcrm.core.deals.StageMove;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Deals: {@code /api/v1/deals} — create, change, hand over, move through stages, list, kanban board. */
@Path("/api/v1/deals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DealResource {
    private final DealService deals;
    private final CurrentCaller caller;
    private final IdempotentCalls idempotent;

    DealResource(DealService deals, CurrentCaller caller, IdempotentCalls idempotent) {
        this.deals = deals;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    /** A new deal owned by the caller, at the first stage of its pipeline; {@code Idempotency-Key} makes retries safe. */
    @POST
    @APIResponseSchema(value = Deal.class, responseCode = "201")
    public Response create(@HeaderParam(IdempotentCalls.HEADER) String key, @Valid @NotNull DealInput body) {
        return idempotent.run(caller.get(), key, "POST /deals", body,
                request -> deals.create(caller.get(), null, body, request),
                deal -> idempotent.stored(201, deal, deal.version(), location(deal)));
    }

    /**
     * With {@code If-Match}: replaces the editable fields. Without: creates the deal with this (client-chosen)
     * ULID, or returns the stored one if that create already happened (offline replay).
     */
    @PUT
    @Path("/{id}")
    @APIResponseSchema(value = Deal.class, responseCode = "200")
    public Response put(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull DealInput body) {
        if (ifMatch == null) {
            Deal deal = deals.create(caller.get(), id, body, null);
            return tagged(deal).header(HttpHeaders.LOCATION, location(deal)).build();
        }
        return tagged(deals.update(caller.get(), id, Etags.required(ifMatch), body)).build();
    }

    /** The deal and its stage history (one DynamoDB Query). */
    @GET
    @Path("/{id}")
    @APIResponseSchema(value = DealView.class, responseCode = "200")
    public Response get(@PathParam("id") String id) {
        DealView view = deals.get(caller.get(), id);
        return Response.ok(view).header(HttpHeaders.ETAG, Etags.of(view.deal().version())).build();
    }

    /** Moves the deal to another stage; the stage's rules decide what the move needs (see {@link StageMove}). */
    @POST
    @Path("/{id}/moves")
    @APIResponseSchema(value = Deal.class, responseCode = "200")
    public Response move(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull StageMove body) {
        return tagged(deals.move(caller.get(), id, Etags.required(ifMatch), body)).build();
    }

    /** Body of a hand-over. */
    public record Reassignment(@NotBlank @Size(max = 64) String ownerId) {
    }

    @POST
    @Path("/{id}/reassign")
    @APIResponseSchema(value = Deal.class, responseCode = "200")
    public Response reassign(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull Reassignment body) {
        return tagged(deals.reassign(caller.get(), id, Etags.required(ifMatch), body.ownerId())).build();
    }

    /**
     * Lists deals: a rep's own, a manager's team, one rep's ({@code ownerId}), a client's ({@code clientId}), or an
     * admin's one stage tenant-wide ({@code pipelineId} + {@code stageId}).
     */
    @GET
    public Page<Deal> list(@QueryParam("ownerId") @Size(max = 64) String ownerId,
                           @QueryParam("pipelineId") @Size(max = 40) String pipelineId,
                           @QueryParam("stageId") @Size(max = 40) String stageId,
                           @QueryParam("clientId") @Size(max = 26) String clientId,
                           @QueryParam("limit") Integer limit,
                           @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return deals.list(caller.get(), ownerId, pipelineId, stageId, clientId, PageRequest.of(limit, cursor));
    }

    /** The kanban board of a pipeline: per stage the count, the sums per currency and the first deals. */
    @GET
    @Path("/board")
    public DealBoard board(@QueryParam("pipelineId") @Size(max = 40) String pipelineId,
                           @QueryParam("ownerId") @Size(max = 64) String ownerId,
                           @QueryParam("limit") Integer limit) {
        return deals.board(caller.get(), pipelineId, ownerId, limit);
    }

    private static Response.ResponseBuilder tagged(Deal deal) {
        return Response.ok(deal).header(HttpHeaders.ETAG, Etags.of(deal.version()));
    }

    private static String location(Deal deal) {
        return "/api/v1/deals/" + deal.id();
    }
}
