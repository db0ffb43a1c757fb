package dev.fieldcrm.core.tasks;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.clients.ClientAccess;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.InteractionSummary;
import dev.fieldcrm.core.idempotency.Idempotency;
import dev.fieldcrm.core.idempotency.IdempotentRequest;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Use cases of next steps: plan, complete, reschedule, reassign, list. */
public final class TaskService {
    /** Keeps a card (one Query) bounded. */
    public static final int MAX_OPEN_TASKS_PER_CLIENT = 50;

    private final ClientQueries clients;
    private final TaskQueries tasks;
    private final UserStore users;
    private final ChangeWriter writer;
    private final Clock clock;

    public TaskService(ClientQueries clients, TaskQueries tasks, UserStore users, ChangeWriter writer, Clock clock) {
        this.clients = clients;
        this.tasks = tasks;
        this.users = users;
        this.writer = writer;
        this.clock = clock;
    }

    public Task plan(Caller caller, String clientId, String requestedId, TaskPlan plan, IdempotentRequest idempotent) {
        ClientCard card = workableCard(caller, clientId);
        String id = requestedId == null ? Ids.newId() : Ids.requireValid("id", requestedId);
        if (requestedId != null) {
            var existing = card.openTasks().stream().filter(t -> t.id().equals(id)).findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        if (card.openTasks().size() >= MAX_OPEN_TASKS_PER_CLIENT) {
            throw ValidationFailed.of("clientId", "a client can have at most " + MAX_OPEN_TASKS_PER_CLIENT + " open tasks");
        }
        Instant now = clock.instant();
        Task task = newTask(caller, card, id, plan, now, "");
        ChangeSet changes = new ChangeSet().create(task)
                .audit(Audit.entry(caller, now, clientId, "task", id, "planned", null, task));
        Idempotency.remember(changes, caller, idempotent, task, now);
        try {
            writer.apply(caller.tenantId(), changes);
        } catch (AlreadyExists e) {
            if (requestedId == null) {
                throw e;
            }
        }
        return task;
    }

    /**
     * A new open task for the card's client. The assignee (the planner unless named) must be an active user of
     * the tenant; a named contact must belong to the client.
     *
     * @param fieldPrefix where the plan sits in the request body ({@code ""}, or {@code "nextStep."} in an
     *                    interaction), so a field error names the field the caller sent
     */
    public Task newTask(Caller caller, ClientCard card, String id, TaskPlan plan, Instant now, String fieldPrefix) {
        String assignee = plan.assigneeId() == null || plan.assigneeId().isBlank() ? caller.userId() : plan.assigneeId();
        if (!assignee.equals(caller.userId())) {
            requireTeammate(caller, assignee, fieldPrefix + "assigneeId");
        }
        if (plan.contactId() != null && card.contacts().stream().noneMatch(c -> c.id().equals(plan.contactId()))) {
            throw ValidationFailed.of(fieldPrefix + "contactId", "is not a contact of this client");
        }
        String lastSummary = card.client().recentInteractions().stream().findFirst()
                .map(InteractionSummary::summary).orElse(null);
        return new Task(id, card.client().id(), plan.kind(), plan.title().strip(), plan.dueAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                plan.place(), plan.contactId(), assignee, TaskStatus.OPEN, card.client().name(), card.client().details().city(),
                lastSummary, null, null, null, now, caller.userId(), now, caller.userId(), 1);
    }

    public Task complete(Caller caller, String clientId, String taskId, long expectedVersion, String note) {
        ClientCard card = clients.card(caller.tenantId(), clientId).orElseThrow(() -> new NotFound("task"));
        Task task = actionable(caller, card, taskId);
        Instant now = clock.instant();
        Task done = task.completed(note, caller.userId(), now);
        writer.apply(caller.tenantId(), new ChangeSet().move(task, expectedVersion, done)
                .audit(Audit.entry(caller, now, clientId, "task", taskId, "completed", task, done)));
        return done;
    }

    /**
     * Moves a task to another time and/or another person. Any of its actors may reschedule; only a manager
     * or an admin may hand it to someone else.
     */
    public Task change(Caller caller, String clientId, String taskId, long expectedVersion, Instant newDueAt, String newAssigneeId) {
        ClientCard card = clients.card(caller.tenantId(), clientId).orElseThrow(() -> new NotFound("task"));
        Task task = actionable(caller, card, taskId);
        String assignee = newAssigneeId == null ? task.assigneeId() : newAssigneeId;
        if (!assignee.equals(task.assigneeId())) {
            if (!caller.supervises()) {
                throw new Forbidden("only a manager or an admin can reassign a task");
            }
            requireTeammate(caller, assignee, "assigneeId");
        }
        Instant due = newDueAt == null ? task.dueAt() : newDueAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant now = clock.instant();
        Task changed = task.rescheduled(due, assignee, caller.userId(), now);
        String action = Objects.equals(assignee, task.assigneeId()) ? "rescheduled" : "reassigned";
        writer.apply(caller.tenantId(), new ChangeSet().replace(changed, expectedVersion)
                .audit(Audit.entry(caller, now, clientId, "task", taskId, action, task, changed)));
        return changed;
    }

    /** Open tasks of an assignee due before a time (a rep: own; a manager or admin: anyone's). */
    public Page<Task> open(Caller caller, String assigneeId, Instant before, PageRequest page) {
        String assignee = assigneeId == null ? caller.userId() : assigneeId;
        if (!assignee.equals(caller.userId())) {
            new TeamScope(users).require(caller, assignee);
        }
        return tasks.openFor(caller.tenantId(), assignee, before == null ? Instant.parse("9999-12-31T00:00:00Z") : before, page);
    }

    public Page<Task> done(Caller caller, String clientId, PageRequest page) {
        workableCard(caller, clientId);
        return tasks.done(caller.tenantId(), clientId, page);
    }

    /** Steps go to active users of the caller's team (an admin may pick anyone in the tenant). */
    private void requireTeammate(Caller caller, String userId, String field) {
        users.find(caller.tenantId(), userId)
                .filter(User::active)
                .filter(u -> caller.is(Role.ADMIN) || Objects.equals(u.teamId(), caller.teamId()))
                .orElseThrow(() -> ValidationFailed.of(field, "is not an active member of your team"));
    }

    private ClientCard workableCard(Caller caller, String clientId) {
        return clients.card(caller.tenantId(), clientId)
                .filter(card -> ClientAccess.canWork(caller, card.client()))
                .orElseThrow(() -> new NotFound("client"));
    }

    /** The open task if the caller may act on it: its assignee, or whoever may work the client. */
    private static Task actionable(Caller caller, ClientCard card, String taskId) {
        boolean mayWork = ClientAccess.canWork(caller, card.client());
        return card.openTasks().stream()
                .filter(t -> t.id().equals(taskId))
                .filter(t -> mayWork || caller.userId().equals(t.assigneeId()))
                .findFirst()
                // Someone who may not work the client gets the answer for a client that does not exist.
                .orElseThrow(() -> new NotFound(mayWork ? "open task" : "task"));
    }
}
