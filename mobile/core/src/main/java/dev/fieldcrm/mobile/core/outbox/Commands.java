package dev.fieldcrm.mobile.core.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.core.api.ApiRequest;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.time.Instant;

/**
 * Builds the commands of the rep's everyday actions as the API expects them (paths and bodies per
 * docs/openapi.yaml). Bodies are JSON trees so a command file stays readable and survives app updates.
 */
public final class Commands {
    private static final ObjectMapper JSON = Json.mapper();

    private Commands() {
    }

    /**
     * Log an interaction ({@code POST /api/v1/clients/{clientId}/interactions}), optionally with the next step.
     *
     * @param input an {@code InteractionInput} (type, occurredAt, summary, result, nextStep, checkIn …)
     */
    public static CommandDraft logInteraction(String clientId, String clientName, NewInteraction input) {
        String path = "/api/v1/clients/" + clientId + "/interactions";
        return new CommandDraft(input.type() + " logged" + at(clientName), post(path, JSON.valueToTree(input)),
                RecordKind.INTERACTION, null, clientId, null);
    }

    /**
     * Plan a task under an id made on the device ({@code PUT /api/v1/clients/{clientId}/tasks/{taskId}}), so the
     * app can show and edit it offline before the server has seen it.
     */
    public static CommandDraft planTask(String clientId, String clientName, String taskId, NextStep plan) {
        String path = "/api/v1/clients/" + clientId + "/tasks/" + taskId;
        return new CommandDraft("Next step planned" + at(clientName),
                new ApiRequest("PUT", path, JSON.valueToTree(plan), null, null), RecordKind.TASK, taskId, clientId,
                card(clientId));
    }

    /** Complete a task seen at {@code version} ({@code POST …/tasks/{taskId}/complete}, If-Match). */
    public static CommandDraft completeTask(String clientId, String clientName, String taskId, long version,
                                            String note) {
        ObjectNode body = JSON.createObjectNode();
        if (note != null) {
            body.put("note", note);
        }
        String path = "/api/v1/clients/" + clientId + "/tasks/" + taskId + "/complete";
        return new CommandDraft("Task completed" + at(clientName),
                new ApiRequest("POST", path, body, null, version), RecordKind.TASK, taskId, clientId,
                card(clientId));
    }

    /** Move a task seen at {@code version} to another time ({@code PATCH …/tasks/{taskId}}, If-Match). */
    public static CommandDraft rescheduleTask(String clientId, String clientName, String taskId, long version,
                                              Instant dueAt) {
        String path = "/api/v1/clients/" + clientId + "/tasks/" + taskId;
        ObjectNode body = JSON.createObjectNode().put("dueAt", dueAt.toString());
        return new CommandDraft("Task moved" + at(clientName), new ApiRequest("PATCH", path, body, null, version),
                RecordKind.TASK, taskId, clientId, card(clientId));
    }

    /** Move a deal seen at {@code version} to a stage ({@code POST /api/v1/deals/{id}/moves}, If-Match). */
    public static CommandDraft moveDeal(String clientId, String dealId, long version, JsonNode stageMove) {
        String path = "/api/v1/deals/" + dealId;
        return new CommandDraft("Deal moved", new ApiRequest("POST", path + "/moves", stageMove, null, version),
                RecordKind.DEAL, dealId, clientId, path);
    }

    /** Change a deal seen at {@code version} ({@code PUT /api/v1/deals/{id}}, If-Match, a whole DealInput). */
    public static CommandDraft updateDeal(String clientId, String dealId, long version, JsonNode dealInput) {
        String path = "/api/v1/deals/" + dealId;
        return new CommandDraft("Deal updated", new ApiRequest("PUT", path, dealInput, null, version),
                RecordKind.DEAL, dealId, clientId, path);
    }

    /**
     * Create a draft order under an id made on the device ({@code PUT /api/v1/clients/{clientId}/orders/{orderId}}
     * without If-Match; an {@code OrderInput}): it can be submitted offline before the server has seen it, and a
     * replay answers the stored order.
     */
    public static CommandDraft createOrder(String clientId, String clientName, String orderId, JsonNode orderInput) {
        String path = order(clientId, orderId);
        return new CommandDraft("Order created" + at(clientName), new ApiRequest("PUT", path, orderInput, null, null),
                RecordKind.ORDER, orderId, clientId, path);
    }

    /** Submit a draft order seen at {@code version} ({@code POST …/orders/{orderId}/submit}, If-Match). */
    public static CommandDraft submitOrder(String clientId, String clientName, String orderId, long version) {
        String path = order(clientId, orderId);
        return new CommandDraft("Order submitted" + at(clientName),
                new ApiRequest("POST", path + "/submit", JSON.createObjectNode(), null, version), RecordKind.ORDER,
                orderId, clientId, path);
    }

    private static String order(String clientId, String orderId) {
        return "/api/v1/clients/" + clientId + "/orders/" + orderId;
    }

    /** A single task has no GET of its own: its current version is among the client card's {@code openTasks}. */
    private static String card(String clientId) {
        return "/api/v1/clients/" + clientId;
    }

    private static ApiRequest post(String path, JsonNode body) {
        return new ApiRequest("POST", path, body, null, null);
    }

    private static String at(String clientName) {
        return clientName == null ? "" : " · " + clientName;
    }
}
