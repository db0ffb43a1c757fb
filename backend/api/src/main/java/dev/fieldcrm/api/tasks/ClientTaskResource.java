package dev.fieldcrm.api.tasks;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.api.idempotency.IdempotentCalls;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskPlan;
import dev.fieldcrm.core.tasks.TaskService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

import java.time.Instant;

/** A client's next steps: plan, complete, reschedule, reassign, list done. */
@Path("/api/v1/clients/{clientId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientTaskResource {
    private final TaskService tasks;
    private final CurrentCaller caller;
    private final IdempotentCalls idempotent;

    ClientTaskResource(TaskService tasks, CurrentCaller caller, IdempotentCalls idempotent) {
        this.tasks = tasks;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @APIResponseSchema(value = Task.class, responseCode = "201")
    public Response plan(@PathParam("clientId") String clientId, @HeaderParam(IdempotentCalls.HEADER) String key,
                         @Valid @NotNull TaskPlan body) {
        return idempotent.run(caller.get(), key, "POST /clients/" + clientId + "/tasks", body,
                request -> tasks.plan(caller.get(), clientId, null, body, request),
                task -> idempotent.stored(201, task, task.version(), "/api/v1/clients/" + clientId + "/tasks/" + task.id()));
    }

    /** Plans a task with a client-chosen ULID (offline); sending it again does not plan twice. */
    @PUT
    @Path("/{taskId}")
    @APIResponseSchema(value = Task.class, responseCode = "200")
    public Response planWithId(@PathParam("clientId") String clientId, @PathParam("taskId") String taskId,
                               @Valid @NotNull TaskPlan body) {
        Task task = tasks.plan(caller.get(), clientId, taskId, body, null);
        return Response.ok(task).header(HttpHeaders.ETAG, Etags.of(task.version())).build();
    }

    /** Body of a completion. */
    public record Completion(@Size(max = 1000) String note) {
    }

    @POST
    @Path("/{taskId}/complete")
    @APIResponseSchema(value = Task.class, responseCode = "200")
    public Response complete(@PathParam("clientId") String clientId, @PathParam("taskId") String taskId,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid Completion body) {
        Task task = tasks.complete(caller.get(), clientId, taskId, Etags.required(ifMatch), body == null ? null : body.note());
        return Response.ok(task).header(HttpHeaders.ETAG, Etags.of(task.version())).build();
    }

    /** Body of a reschedule or reassignment: either field may be absent. */
    public record TaskChange(Instant dueAt, @Size(max = 64) String assigneeId) {
    }

    @PATCH
    @Path("/{taskId}")
    @APIResponseSchema(value = Task.class, responseCode = "200")
    public Response change(@PathParam("clientId") String clientId, @PathParam("taskId") String taskId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TaskChange body) {
        if (body.dueAt() == null && body.assigneeId() == null) {
            throw ValidationFailed.of("dueAt", "give a new dueAt and/or assigneeId");
        }
        Task task = tasks.change(caller.get(), clientId, taskId, Etags.required(ifMatch), body.dueAt(), body.assigneeId());
        return Response.ok(task).header(HttpHeaders.ETAG, Etags.of(task.version())).build();
    }

    /** A client's done tasks, latest first. */
    @GET
    @Path("/done")
    public Page<Task> done(@PathParam("clientId") String clientId, @QueryParam("limit") Integer limit,
                           @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return tasks.done(caller.get(), clientId, PageRequest.of(limit, cursor));
    }
}
