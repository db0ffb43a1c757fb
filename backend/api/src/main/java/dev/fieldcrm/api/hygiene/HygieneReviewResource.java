package dev.fieldcrm.api.hygiene;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.api.informing.LinkConfig;
import dev.fieldcrm.core.hygiene.review.Decision;
import dev.fieldcrm.core.hygiene.review.ReviewCsv;
import dev.fieldcrm.core.hygiene.review.ReviewHistory;
import dev.fieldcrm.core.hygiene.review.ReviewRound;
import dev.fieldcrm.core.hygiene.review.ReviewRounds;
import dev.fieldcrm.core.hygiene.review.ReviewRow;
import dev.fieldcrm.core.hygiene.review.ReviewRows;
import dev.fieldcrm.core.hygiene.review.ReviewTable;
import dev.fieldcrm.core.hygiene.review.ReviewTally;
import dev.fieldcrm.core.hygiene.review.RowStatus;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Review rounds of data hygiene ({@code /api/v1/hygiene/reviews}): start one, list them, each rep's rows and their
 * statuses, the manager's decisions, each rep's history, and the round's export as CSV or XLSX.
 */
@Path("/api/v1/hygiene/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HygieneReviewResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ID = "{id: [0-9A-Za-z-]{1,40}}";

    private final ReviewRounds rounds;
    private final ReviewRows rows;
    private final ReviewHistory history;
    private final CurrentCaller caller;
    private final Clock clock;
    private final String dealLink;

    HygieneReviewResource(ReviewRounds rounds, ReviewRows rows, ReviewHistory history, CurrentCaller caller, Clock clock,
                          LinkConfig links) {
        this.rounds = rounds;
        this.rows = rows;
        this.history = history;
        this.caller = caller;
        this.clock = clock;
        this.dealLink = links.publicBaseUrl() + "/api/v1/deals/";
    }

    /** The owner's mark: FIXED, or NOT_FIXED with a comment. */
    public record MarkInput(@NotNull RowStatus status, @Size(max = ReviewRows.MAX_COMMENT) String comment) {
    }

    /** A manager's decision on a NOT_FIXED row. */
    public record DecisionInput(@NotNull Decision decision) {
    }

    /** A round now, from the current offences (managers, admins). */
    @POST
    @APIResponseSchema(value = ReviewRound.class, responseCode = "201")
    public Response start() {
        return Response.status(201).entity(rounds.onDemand(caller.get())).build();
    }

    /** The newest rounds (managers, admins). */
    @GET
    public List<ReviewRound> list(@QueryParam("limit") Integer limit) {
        return history.rounds(caller.get(), limit == null ? 10 : limit);
    }

    /** One rep's numbers round by round, newest first (own; a manager's team member; anyone for an admin). */
    @GET
    @Path("/history")
    public List<ReviewTally> repHistory(@QueryParam("owner") @Size(max = 64) String owner, @QueryParam("limit") Integer limit) {
        return history.ofRep(caller.get(), owner, limit == null ? 12 : limit);
    }

    /** A round with its reps' numbers (a rep: own line only). */
    @GET
    @Path("/" + ID)
    public ReviewHistory.RoundView round(@PathParam("id") String id) {
        return history.round(caller.get(), id);
    }

    /** The round's rows as the caller may see them; {@code open=true} leaves out fixed and accepted rows. */
    @GET
    @Path("/" + ID + "/rows")
    public Page<ReviewRows.RowView> rows(@PathParam("id") String id, @QueryParam("owner") @Size(max = 64) String owner,
                                         @QueryParam("open") boolean open, @QueryParam("limit") Integer limit,
                                         @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return rows.rows(caller.get(), id, owner, open, PageRequest.of(limit, cursor));
    }

    @PUT
    @Path("/" + ID + "/rows/{rule: S[12]-[0-9]{2}}/{deal: [0-9A-Za-z-]{1,64}}/status")
    @APIResponseSchema(value = ReviewRow.class, responseCode = "200")
    public Response mark(@PathParam("id") String id, @PathParam("rule") String rule, @PathParam("deal") String deal,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull MarkInput body) {
        ReviewRow marked = rows.mark(caller.get(), id, rule, deal, Etags.required(ifMatch), body.status(), body.comment());
        return Etags.ok(marked, marked.version());
    }

    @PUT
    @Path("/" + ID + "/rows/{rule: S[12]-[0-9]{2}}/{deal: [0-9A-Za-z-]{1,64}}/decision")
    @APIResponseSchema(value = ReviewRow.class, responseCode = "200")
    public Response decide(@PathParam("id") String id, @PathParam("rule") String rule, @PathParam("deal") String deal,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DecisionInput body) {
        ReviewRow decided = rows.decide(caller.get(), id, rule, deal, Etags.required(ifMatch), body.decision());
        return Etags.ok(decided, decided.version());
    }

    @GET
    @Path("/" + ID + "/export.csv")
    @Produces("text/csv")
    @APIResponse(responseCode = "200", description = "the round's rows as CSV (UTF-8 with BOM)")
    public Response csv(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        var export = history.export(caller.get(), id);
        return file(ReviewCsv.of(export, table(language), clock.instant()), "text/csv; charset=UTF-8", id + ".csv");
    }

    @GET
    @Path("/" + ID + "/export.xlsx")
    @Produces(XLSX)
    @APIResponse(responseCode = "200", description = "the round as a workbook: summary, a sheet per rule, reps' history")
    public Response xlsx(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        var export = history.export(caller.get(), id);
        return file(ReviewWorkbook.of(export, table(language), clock.instant()), XLSX, id + ".xlsx");
    }

    private ReviewTable table(String language) {
        return new ReviewTable(dealLink, language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.forLanguageTag("ru"));
    }

    private static Response file(byte[] content, String type, String name) {
        return Response.ok(content).type(type)
                .header("Content-Disposition", "attachment; filename=\"review-" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
