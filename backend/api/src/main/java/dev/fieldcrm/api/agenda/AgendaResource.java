package dev.fieldcrm.api.agenda;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.agenda.Agenda;
import dev.fieldcrm.core.agenda.AgendaService;
import dev.fieldcrm.core.shared.PageRequest;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Today's agenda: overdue and today's next steps, and open leads to contact, in the rep's time zone. */
@Path("/api/v1/agenda")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {
    private final AgendaService agenda;
    private final CurrentCaller caller;

    AgendaResource(AgendaService agenda, CurrentCaller caller) {
        this.agenda = agenda;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Today", description = "Overdue and today's entries of the rep's agenda in due order, from one "
            + "Query. Each item has a kind: TASK (an open next step, in `task`) or LEAD (an open lead assigned to the rep, "
            + "the step 'contact the lead', in `lead`; its `dueAt` is the lead's contact-by deadline). Counts include both.")
    public Agenda today(@QueryParam("rep") @Size(max = 64) String rep,
                        @QueryParam("limit") Integer limit,
                        @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return agenda.today(caller.get(), rep, PageRequest.of(limit == null ? PageRequest.MAX_LIMIT : limit, cursor));
    }
}
