package dev.fieldcrm.api.journal;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.journal.JournalService;
import dev.fieldcrm.core.shared.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
                                      @Valid @BeanParam JournalParams params) {
        return journal.byAuthor(caller.get(), author, params.filter(), params.page());
    }
}
