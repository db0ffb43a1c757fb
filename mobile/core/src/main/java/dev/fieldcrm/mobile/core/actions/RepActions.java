package dev.fieldcrm.mobile.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.outbox.CommandDraft;
import dev.fieldcrm.mobile.core.outbox.Commands;
import dev.fieldcrm.mobile.core.outbox.NewInteraction;
import dev.fieldcrm.mobile.core.outbox.NextStep;
import dev.fieldcrm.mobile.core.outbox.Outbox;
import dev.fieldcrm.mobile.core.outbox.OutboxCommand;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;

/**
 * What the rep does, offline first: each action queues its command in the {@link Outbox} and shows its effect in the
 * {@link LocalStore} at once, marked pending (the "pending" badge) until sync brings the server's answer. A record
 * created without an id of its own (an interaction, an order) is shown under its command's ULID until then.
 */
public final class RepActions {
    private final LocalStore store;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json = Json.mapper();

    public RepActions(LocalStore store, Outbox outbox, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Logs an interaction (with its next step, or a reason for none); completes the task it closes, if any. */
    public OutboxCommand logInteraction(String clientId, NewInteraction input) {
        OutboxCommand command = outbox.enqueue(Commands.logInteraction(clientId, clientName(clientId), input));
        ObjectNode shown = json.valueToTree(input);
        shown.put("id", command.id()).put("clientId", clientId);
        placeholder(RecordKind.INTERACTION, command.id(), clientId, shown);
        if (input.nextStep() != null) {
            ObjectNode task = json.valueToTree(input.nextStep());
            task.put("id", command.id()).put("clientId", clientId).put("status", "OPEN");
            placeholder(RecordKind.TASK, command.id(), clientId, task);
        }
        if (input.completesTaskId() != null) {
            store.get(RecordKind.TASK, input.completesTaskId())
                    .ifPresent(task -> showChanged(task, data -> data.put("status", "DONE")));
        }
        store.flush();
        return command;
    }

    /** Plans a next step under an id made here, so it can be changed again before it reaches the server. */
    public OutboxCommand planNextStep(String clientId, NextStep plan) {
        String taskId = outbox.newId();
        OutboxCommand command = outbox.enqueue(Commands.planTask(clientId, clientName(clientId), taskId, plan));
        ObjectNode task = json.valueToTree(plan);
        task.put("id", taskId).put("clientId", clientId).put("status", "OPEN");
        placeholder(RecordKind.TASK, taskId, clientId, task);
        store.flush();
        return command;
    }

    /** Completes a task as the rep saw it (its version goes in If-Match). */
    public OutboxCommand completeTask(String taskId, String note) {
        LocalRecord task = require(RecordKind.TASK, taskId);
        OutboxCommand command = outbox.enqueue(Commands.completeTask(task.clientId(), clientName(task.clientId()),
                taskId, versionOf(task), note));
        showChanged(task, data -> data.put("status", "DONE"));
        store.flush();
        return command;
    }

    /** Moves a task to another time (a quick pick) as the rep saw it. */
    public OutboxCommand rescheduleTask(String taskId, Instant dueAt) {
        LocalRecord task = require(RecordKind.TASK, taskId);
        OutboxCommand command = outbox.enqueue(Commands.rescheduleTask(task.clientId(), clientName(task.clientId()),
                taskId, versionOf(task), dueAt));
        showChanged(task, data -> data.put("dueAt", dueAt.toString()));
        store.flush();
        return command;
    }

    /** Moves a deal to a stage ({@code StageMove}: stageId, reason, returnOn, comment) as the rep saw it. */
    public OutboxCommand moveDeal(String dealId, JsonNode stageMove) {
        LocalRecord deal = require(RecordKind.DEAL, dealId);
        OutboxCommand command = outbox.enqueue(Commands.moveDeal(deal.clientId(), dealId, versionOf(deal),
                stageMove));
        showChanged(deal, data -> data.put("stageId", stageMove.path("stageId").asText()));
        store.flush();
        return command;
    }

    /** Creates an order ({@code OrderInput}: lines from the stored price list, comment, desired delivery date). */
    public OutboxCommand createOrder(String clientId, JsonNode orderInput) {
        CommandDraft draft = Commands.createOrder(clientId, clientName(clientId), orderInput);
        OutboxCommand command = outbox.enqueue(draft);
        ObjectNode order = orderInput.deepCopy();
        order.put("id", command.id()).put("clientId", clientId).put("status", "DRAFT");
        placeholder(RecordKind.ORDER, command.id(), clientId, order);
        store.flush();
        return command;
    }

    private void placeholder(RecordKind kind, String id, String clientId, ObjectNode data) {
        store.put(new LocalRecord(kind, id, clientId, null, clock.instant(), data, true));
    }

    private void showChanged(LocalRecord record, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode data = record.data().deepCopy();
        change.accept(data);
        store.put(new LocalRecord(record.kind(), record.id(), record.clientId(), record.version(), clock.instant(),
                data, true));
    }

    private LocalRecord require(RecordKind kind, String id) {
        return store.get(kind, id).orElseThrow(() -> new NoSuchElementException(kind.wireName() + " " + id));
    }

    private static long versionOf(LocalRecord record) {
        if (record.version() == null) {
            // Not on the server yet: its creation is still queued; change it after sync has confirmed it.
            throw new IllegalStateException(record.kind().wireName() + " " + record.id() + " is not synced yet");
        }
        return record.version();
    }

    private String clientName(String clientId) {
        return clientId == null ? null : store.get(RecordKind.CLIENT, clientId)
                .map(client -> client.data().path("details").path("name").asText(null)).orElse(null);
    }
}
