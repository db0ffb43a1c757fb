package dev.fieldcrm.mobile.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.deals.DealMove;
import dev.fieldcrm.mobile.core.deals.FieldProblem;
import dev.fieldcrm.mobile.core.deals.MoveRefused;
import dev.fieldcrm.mobile.core.deals.StageRules;
import dev.fieldcrm.mobile.core.orders.OrderPricing;
import dev.fieldcrm.mobile.core.reference.PriceBook;
import dev.fieldcrm.mobile.core.reference.SalesSetup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * created without an id of its own (an interaction) is shown under its command's ULID until then; an order gets an
 * id made on the device.
 */
public final class RepActions {
    private final LocalStore store;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json = Json.mapper();
    /** The fields of a {@code DealInput}: a deal update sends them all (PUT replaces the details). */
    private static final List<String> DEAL_INPUT_FIELDS = List.of("title", "clientId", "contactId", "amount",
            "budget", "source", "partnerId", "proposalLink", "demoLink", "customFields", "expectedCloseDate",
            "pipelineId");

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

    /**
     * Moves a deal to a stage as the rep saw it, after checking the stage's rules on the phone ({@link StageRules}:
     * nothing is queued when a required field, the reason or the return day is missing — {@link MoveRefused} names
     * them). Values typed for missing required fields are first set on the deal ({@code PUT /deals/{id}} at the
     * seen version), then the move is sent at the version that change makes (seen + 1); if the change is refused,
     * the move is refused with it (see SyncEngine), so it never lands on someone else's version.
     *
     * @return the move's command
     */
    public OutboxCommand moveDeal(String dealId, DealMove move, SalesSetup setup, LocalDate today) {
        LocalRecord deal = require(RecordKind.DEAL, dealId);
        List<FieldProblem> problems = StageRules.check(deal.data(), move, setup, today);
        if (!problems.isEmpty()) {
            throw new MoveRefused(problems);
        }
        JsonNode stage = setup.stage(deal.data().path("pipelineId").asText(), move.stageId()).orElseThrow();
        long version = versionOf(deal);
        ObjectNode fields = json.createObjectNode();
        for (String field : StageRules.missingOnDeal(deal.data(), stage)) {
            fields.set(field, typedValue(deal.data(), field, move.value(field), setup));
        }
        if (!fields.isEmpty()) {
            ObjectNode input = dealInput(deal.data());
            input.setAll(fields);
            outbox.enqueue(Commands.updateDeal(deal.clientId(), dealId, version, input));
            version++;
        }
        ObjectNode stageMove = json.createObjectNode().put("stageId", move.stageId());
        putIfPresent(stageMove, "reason", move.reason());
        putIfPresent(stageMove, "returnOn", move.returnOn() == null ? null : move.returnOn().toString());
        putIfPresent(stageMove, "comment", move.comment());
        OutboxCommand command = outbox.enqueue(Commands.moveDeal(deal.clientId(), dealId, version, stageMove));
        String kind = stage.path("kind").asText();
        showChanged(deal, data -> {
            data.setAll(fields);
            data.put("stageId", move.stageId()).put("stageName", stage.path("name").asText())
                    .put("status", kind.equals("WON") || kind.equals("LOST") ? kind : "OPEN");
            putIfPresent(data, "closeReason", move.reason());
        });
        store.flush();
        return command;
    }

    /**
     * Creates a draft order priced from the client's cached price book, under an id made here (so it can be
     * submitted offline too). Shown at once, pending, with the totals the server will compute.
     *
     * @param quantities sku → quantity (zero quantities are left out)
     * @param submit     also submit it (a new order is version 1, the version the submit is sent at)
     * @return the creation's command; the order's id is its {@code targetId}
     */
    public OutboxCommand createOrder(String clientId, PriceBook book, Map<String, BigDecimal> quantities,
                                     String comment, boolean submit) {
        OrderPricing.Priced priced = OrderPricing.price(book, quantities);
        if (priced.lines().isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        String orderId = outbox.newId();
        ObjectNode input = json.createObjectNode().put("priceListId", book.priceListId());
        ArrayNode lines = input.putArray("lines");
        priced.lines().forEach(line -> lines.addObject().put("sku", line.item().sku()).put("quantity",
                line.quantity()));
        putIfPresent(input, "comment", comment == null || comment.isBlank() ? null : comment.strip());
        String name = clientName(clientId);
        OutboxCommand command = outbox.enqueue(Commands.createOrder(clientId, name, orderId, input));
        if (submit) {
            outbox.enqueue(Commands.submitOrder(clientId, name, orderId, 1));
        }
        placeholder(RecordKind.ORDER, orderId, clientId, shownOrder(orderId, clientId, book, priced, input,
                submit ? "SUBMITTED" : "DRAFT"));
        store.flush();
        return command;
    }

    /** Submits a draft order the server has confirmed (its version goes in If-Match). */
    public OutboxCommand submitOrder(String orderId) {
        LocalRecord order = require(RecordKind.ORDER, orderId);
        OutboxCommand command = outbox.enqueue(Commands.submitOrder(order.clientId(), clientName(order.clientId()),
                orderId, versionOf(order)));
        showChanged(order, data -> data.put("status", "SUBMITTED"));
        store.flush();
        return command;
    }

    private ObjectNode shownOrder(String orderId, String clientId, PriceBook book, OrderPricing.Priced priced,
                                  ObjectNode input, String status) {
        ObjectNode order = json.createObjectNode().put("id", orderId).put("clientId", clientId).put("status", status)
                .put("currency", priced.currency()).put("priceListId", book.priceListId())
                .put("discountPercent", book.discountPercent()).put("net", priced.net()).put("vat", priced.vat())
                .put("gross", priced.gross());
        ArrayNode lines = order.putArray("lines");
        for (OrderPricing.Line line : priced.lines()) {
            lines.addObject().put("sku", line.item().sku()).put("name", line.item().name())
                    .put("unit", line.item().unit()).put("quantity", line.quantity()).put("price", line.item().price())
                    .put("vatRate", line.item().vatRate()).put("net", line.net()).put("vat", line.vat());
        }
        order.set("comment", input.get("comment"));
        return order;
    }

    /** The deal's current details as a DealInput (the PUT replaces them all). */
    private ObjectNode dealInput(JsonNode deal) {
        ObjectNode input = json.createObjectNode();
        for (String field : DEAL_INPUT_FIELDS) {
            if (deal.hasNonNull(field)) {
                input.set(field, deal.get(field));
            }
        }
        return input;
    }

    /** A typed value in the API's shape: money as {amount, currency} in the deal's (or tenant's) currency. */
    private JsonNode typedValue(JsonNode deal, String field, String value, SalesSetup setup) {
        if (field.equals("amount") || field.equals("budget")) {
            String currency = deal.path("amount").path("currency").asText(deal.path("budget").path("currency")
                    .asText(setup.defaultCurrency() == null ? "RUB" : setup.defaultCurrency()));
            return json.createObjectNode().put("amount", StageRules.amount(value)).put("currency", currency);
        }
        return json.getNodeFactory().textNode(value);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
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
