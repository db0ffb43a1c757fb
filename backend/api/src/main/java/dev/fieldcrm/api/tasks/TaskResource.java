package dev.fieldcrm.api.tasks;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskService;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;

/** Open next steps across clients: the caller's, or a team member's for a manager. */
@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {
    private final TaskService tasks;
    private final CurrentCaller caller;

    TaskResource(TaskService tasks, CurrentCaller caller) {
        this.tasks = tasks;
        this.caller = caller;
    }

    /** Open tasks of the caller (or of {@code assignee}, for a manager) due before {@code dueBefore}, earliest first. */
    @GET
    public Page<Task> open(@QueryParam("assignee") @Size(max = 64) String assignee,
                           @QueryParam("dueBefore") @Size(max = 40) String dueBefore,
                           @QueryParam("limit") Integer limit,
                           @QueryParam("cursor") @Size(max = 2000) String cursor) {
        Instant before = dev.fieldcrm.api.http.QueryInstants.parse("dueBefore", dueBefore);
        return tasks.open(caller.get(), assignee, before, PageRequest.of(limit, cursor));
    }
}
