package dev.fieldcrm.api.journal;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.http.QueryInstants;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.journal.JournalFilter;
import dev.fieldcrm.core.journal.JournalService;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;


/** A rep's interaction journal across clients. */
@Path("/api/v1/interactions")
@Produces(MediaType.APPLICATION_JSON)
public class InteractionResource {
    private final JournalService journal;
    private final CurrentCaller caller;

    InteractionResource(JournalService journal, CurrentCaller caller) {
        this.journal = journal;
        this.caller = caller;
    }

    /** A rep's journal (the caller's unless a manager names {@code author}), newest first. */
    @GET
    public Page<Interaction> byAuthor(@QueryParam("author") @Size(max = 64) String author,
                                      @QueryParam("type") InteractionType type,
                                      @QueryParam("from") @Size(max = 40) String from,
                                      @QueryParam("to") @Size(max = 40) String to,
                                      @QueryParam("limit") Integer limit,
                                      @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return journal.byAuthor(caller.get(), author, filter(type, from, to), PageRequest.of(limit, cursor));
    }

    private static JournalFilter filter(InteractionType type, String from, String to) {
        return new JournalFilter(type, QueryInstants.parse("from", from), QueryInstants.parse("to", to));
    }
}
