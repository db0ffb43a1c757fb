package dev.fieldcrm.core.journal;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientAccess;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.InteractionSummary;
import dev.fieldcrm.core.idempotency.Idempotency;
import dev.fieldcrm.core.idempotency.IdempotentRequest;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskService;
import dev.fieldcrm.core.users.TeamScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Logging interactions: the journal entry, the closing of the step it fulfils, the next step and the
 * client's "last contact" are written in one transaction, so the card and the agenda never disagree.
 */
public final class JournalService {
    /** Phones' clocks drift; an interaction a little "in the future" is accepted. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    private static final int MAX_ATTEMPTS = 3;
    private static final int SUMMARY_LENGTH = 200;

    private final ClientQueries clients;
    private final JournalQueries journal;
    private final TaskService tasks;
    private final TeamScope team;
    private final ChangeWriter writer;
    private final Clock clock;

    public JournalService(ClientQueries clients, JournalQueries journal, TaskService tasks, TeamScope team,
                          ChangeWriter writer, Clock clock) {
        this.clients = clients;
        this.journal = journal;
        this.tasks = tasks;
        this.team = team;
        this.writer = writer;
        this.clock = clock;
    }

    /** What logging produced: the entry, the step it closed (if any) and the next step (if any). */
    public record Logged(Interaction interaction, Task completedTask, Task nextTask) {
    }

    public Logged log(Caller caller, String clientId, String requestedId, InteractionInput input, IdempotentRequest idempotent) {
        validate(input);
        return log(caller, clientId, requestedId, card -> input, idempotent);
    }

    /**
     * As {@link #log(Caller, String, String, InteractionInput, IdempotentRequest)}, with the input decided on the card
     * that this very write is conditioned on: {@code inputOn} is asked again, with the card just read, on every
     * attempt. So a decision that depends on the card ("plan a step unless one is open already") still holds when the
     * write succeeds: every interaction replaces the client on its version, so a concurrent one makes this write
     * fail and decide again on the new card.
     */
    public Logged log(Caller caller, String clientId, String requestedId, Function<ClientCard, InteractionInput> inputOn,
                      IdempotentRequest idempotent) {
        String id = requestedId == null ? Ids.newId() : Ids.requireValid("id", requestedId);
        String nextTaskId = Ids.newId();
        List<InteractionInput> decided = new ArrayList<>(1);
        // Another writer may touch the client's card between our read and write (a colleague logging a call):
        // the interaction is new, so re-reading and retrying is safe.
        for (int attempt = 1; ; attempt++) {
            try {
                return tryLog(caller, clientId, id, nextTaskId, inputOn, decided, idempotent);
            } catch (VersionConflict conflict) {
                if (attempt == MAX_ATTEMPTS) {
                    throw conflict;
                }
            } catch (AlreadyExists replay) {
                if (requestedId == null) {
                    throw replay;
                }
                // The same offline entry sent again; it is in the journal already.
                return new Logged(existing(caller, clientId, id, decided.getFirst()), null, null);
            }
        }
    }

    private Logged tryLog(Caller caller, String clientId, String id, String nextTaskId,
                          Function<ClientCard, InteractionInput> inputOn, List<InteractionInput> decided,
                          IdempotentRequest idempotent) {
        ClientCard card = clients.card(caller.tenantId(), clientId).orElseThrow(() -> new NotFound("client"));
        List<Task> closable = closableBy(caller, card);
        if (closable.isEmpty() && !ClientAccess.canWork(caller, card.client())) {
            throw new NotFound("client");
        }
        InteractionInput input = inputOn.apply(card);
        validate(input);
        decided.clear();
        decided.add(input);
        Task fulfilled = stepToClose(caller, closable, input.completesTaskId());
        if (input.contactId() != null && card.contacts().stream().noneMatch(c -> c.id().equals(input.contactId()))) {
            throw ValidationFailed.of("contactId", "is not a contact of this client");
        }
        Instant now = clock.instant();
        Task next = input.nextStep() == null ? null : tasks.newTask(caller, card, nextTaskId, input.nextStep(), now, "nextStep.");
        Instant occurredAt = input.occurredAt().truncatedTo(ChronoUnit.SECONDS);
        Interaction interaction = new Interaction(id, clientId, card.client().name(), input.type(), occurredAt,
                input.contactId(), input.channel(), input.summary().strip(), input.result(), input.noNextStepReason(),
                input.noNextStepComment(), input.checkIn(), fulfilled == null ? null : fulfilled.id(),
                next == null ? null : next.id(), caller.userId(), now, 1);
        ChangeSet changes = new ChangeSet();
        InteractionSummary summary = record(caller, card, interaction, now, changes);
        if (next != null) {
            next = withLastInteraction(next, summary.summary());
        }
        Task completed = null;
        if (fulfilled != null) {
            completed = fulfilled.completed("logged as interaction " + id, caller.userId(), now);
            changes.move(fulfilled, fulfilled.version(), completed)
                    .audit(Audit.entry(caller, now, clientId, "task", fulfilled.id(), "completed", fulfilled, completed));
        }
        if (next != null) {
            changes.create(next).audit(Audit.entry(caller, now, clientId, "task", next.id(), "planned", null, next));
        }
        Logged logged = new Logged(interaction, completed, next);
        Idempotency.remember(changes, caller, idempotent, logged, now);
        writer.apply(caller.tenantId(), changes);
        return logged;
    }

    /**
     * Adds to {@code changes} an interaction that closes and plans no step — something the client sent us (a lead's
     * message merged into the client) — with its audit entry and the client's "last contact", as {@link #log} writes
     * them. The caller has read {@code card} and checked access; its version is the condition of the write.
     */
    public Interaction planReceived(Caller caller, ClientCard card, InteractionType type, Instant occurredAt,
                                    String channel, String summary, Instant now, ChangeSet changes) {
        Interaction interaction = new Interaction(Ids.newId(), card.client().id(), card.client().name(), type,
                occurredAt.truncatedTo(ChronoUnit.SECONDS), null, channel, summary.strip(), null, null, null, null,
                null, null, caller.userId(), now, 1);
        record(caller, card, interaction, now, changes);
        return interaction;
    }

    /** The entry, its audit and the client's updated recent interactions; the summary shown on the card. */
    private static InteractionSummary record(Caller caller, ClientCard card, Interaction interaction, Instant now,
                                             ChangeSet changes) {
        InteractionSummary summary = new InteractionSummary(interaction.id(), interaction.type().name(),
                interaction.occurredAt(), abbreviate(interaction.summary()), interaction.result(), caller.userId());
        changes.create(interaction)
                .audit(Audit.entry(caller, now, card.client().id(), "interaction", interaction.id(), "logged", null, interaction))
                .replace(card.client().withInteraction(summary, caller.userId(), now), card.client().version());
        return summary;
    }

    private void validate(InteractionInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.occurredAt() != null && input.occurredAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            errors.add(new FieldError("occurredAt", "must not be in the future"));
        }
        if (input.nextStep() == null && input.noNextStepReason() == null) {
            errors.add(new FieldError("nextStep", "plan the next step (kind, title, dueAt), or give noNextStepReason if the work with this client has ended"));
        }
        if (input.nextStep() != null && input.noNextStepReason() != null) {
            errors.add(new FieldError("noNextStepReason", "must be empty when a next step is planned"));
        }
        if (input.nextStep() != null && input.nextStep().dueAt() != null && input.occurredAt() != null
                && input.nextStep().dueAt().isBefore(input.occurredAt())) {
            errors.add(new FieldError("nextStep.dueAt", "must not be before occurredAt"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    /**
     * The open steps an interaction by the caller may close: all of the client's if the caller may work the client,
     * else only the caller's own (a colleague who was given a step here may log it, but nothing else).
     */
    private static List<Task> closableBy(Caller caller, ClientCard card) {
        if (ClientAccess.canWork(caller, card.client())) {
            return card.openTasks();
        }
        return card.openTasks().stream().filter(t -> caller.userId().equals(t.assigneeId())).toList();
    }

    /** The step this interaction fulfils: the named one, else the caller's earliest open step on this client. */
    private static Task stepToClose(Caller caller, List<Task> closable, String completesTaskId) {
        if (completesTaskId != null) {
            return closable.stream().filter(t -> t.id().equals(completesTaskId)).findFirst()
                    .orElseThrow(() -> ValidationFailed.of("completesTaskId", "is not an open task of this client"));
        }
        return closable.stream()
                .filter(t -> caller.userId().equals(t.assigneeId()))
                .min(Comparator.comparing(Task::dueAt))
                .orElse(null);
    }

    private static Task withLastInteraction(Task task, String summary) {
        return new Task(task.id(), task.clientId(), task.kind(), task.title(), task.dueAt(), task.place(), task.contactId(),
                task.assigneeId(), task.status(), task.clientName(), task.clientCity(), summary, task.completedAt(),
                task.completedBy(), task.completionNote(), task.createdAt(), task.createdBy(), task.updatedAt(),
                task.updatedBy(), task.version());
    }

    private Interaction existing(Caller caller, String clientId, String id, InteractionInput input) {
        Page<Interaction> around = journal.byClient(caller.tenantId(), clientId,
                new JournalFilter(null, input.occurredAt().truncatedTo(ChronoUnit.SECONDS),
                        input.occurredAt().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)), PageRequest.first(50));
        return around.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("interaction"));
    }

    private static String abbreviate(String text) {
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    public Page<Interaction> byClient(Caller caller, String clientId, JournalFilter filter, PageRequest page) {
        Optional<Client> client = clients.find(caller.tenantId(), clientId);
        if (client.isEmpty() || !ClientAccess.canWork(caller, client.get())) {
            throw new NotFound("client");
        }
        return journal.byClient(caller.tenantId(), clientId, filter, page);
    }

    public Page<Interaction> byAuthor(Caller caller, String authorId, JournalFilter filter, PageRequest page) {
        String author = authorId == null ? caller.userId() : authorId;
        if (!author.equals(caller.userId())) {
            team.require(caller, author);
        }
        return journal.byAuthor(caller.tenantId(), author, filter, page);
    }
}
