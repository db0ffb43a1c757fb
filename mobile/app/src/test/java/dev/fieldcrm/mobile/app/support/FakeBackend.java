package dev.fieldcrm.mobile.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fieldcrm.mobile.core.api.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The FieldCRM API as far as the phone UI tests need it, on the JDK's HTTP server with the contract's JSON. Unlike
 * the core's scripted {@code FakeApi} it keeps state, so a whole day can be played: local login, sync snapshot and
 * feed (contract B), the client card, logging interactions with Idempotency-Key replay (a replay answers the first
 * answer and stores nothing), tasks with versions ({@code If-Match}, 412 when stale) and the dashboard.
 *
 * <p>{@link #goOffline()} closes the listening socket (the phone then gets "connection refused", as with no
 * network); {@link #goOnline()} listens again on the same port.
 */
public final class FakeBackend implements AutoCloseable {
    private final ObjectMapper json = Json.mapper();
    private int port;
    private HttpServer server;

    private final Map<String, ObjectNode> clients = new LinkedHashMap<>();
    private final Map<String, ObjectNode> tasks = new LinkedHashMap<>();
    /** Records seeded for the phone to read (contacts, deals, earlier interactions), with their sync kind. */
    private final List<ObjectNode[]> readOnly = new ArrayList<>();
    /** Interactions the server stored, by the Idempotency-Key that created each. */
    private final Map<String, ObjectNode> interactionsByKey = new LinkedHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** Every change since start, in order: the feed a cursor ("feed-<index>") reads from. */
    private final List<ObjectNode> feed = new ArrayList<>();
    private ObjectNode dashboard = json.createObjectNode();
    private final ArrayNode users = json.createArrayNode();
    private final Map<String, JsonNode> devices = new LinkedHashMap<>();
    private final List<String> dashboardQueries = new CopyOnWriteArrayList<>();
    private final List<String> drillQueries = new CopyOnWriteArrayList<>();
    private ObjectNode repAgenda = json.createObjectNode();
    private ObjectNode repJournal = json.createObjectNode();
    /** Pipelines, deals, price list, orders. */
    private final FakeSales sales = new FakeSales(this::changed);
    private int nextId = 1;

    private FakeBackend() {
    }

    /** Starts listening on a free port (kept for {@link #goOnline()}). */
    public static FakeBackend start() {
        FakeBackend api = new FakeBackend();
        api.listen(0);
        api.port = api.server.getAddress().getPort();
        return api;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public synchronized void goOffline() {
        server.stop(0);
    }

    public synchronized void goOnline() {
        listen(port);
    }

    private void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- seeding ----

    /** A client with coordinates (for route and nearby) and a phone. */
    public synchronized ObjectNode client(String id, String name, String city, double lat, double lon) {
        ObjectNode client = json.createObjectNode().put("id", id).put("ownerId", "anna").put("version", 1);
        ObjectNode details = client.putObject("details").put("name", name);
        details.putArray("phones").add("+7 495 123-45-" + String.format("%02d", clients.size() + 10));
        details.putObject("geography").put("city", city).put("lat", lat).put("lon", lon)
                .put("address", city + ", " + name);
        clients.put(id, client);
        return client;
    }

    /** An open next step of a client, due at {@code dueAt} (ISO instant). */
    public synchronized ObjectNode task(String id, String clientId, String kind, String title, String dueAt) {
        ObjectNode client = clients.get(clientId);
        ObjectNode task = json.createObjectNode().put("id", id).put("clientId", clientId).put("kind", kind)
                .put("title", title).put("dueAt", dueAt).put("status", "OPEN").put("assigneeId", "anna")
                .put("clientName", client.path("details").path("name").asText())
                .put("clientCity", client.path("details").path("geography").path("city").asText())
                .put("version", 1);
        tasks.put(id, task);
        return task;
    }

    /** A key person of a client, with a birthday ({@code yyyy-MM-dd}). */
    public synchronized void contact(String id, String clientId, String name, String position, String birthday) {
        ObjectNode contact = json.createObjectNode().put("id", id).put("clientId", clientId).put("version", 1);
        contact.putObject("details").put("name", name).put("position", position).put("birthday", birthday)
                .putArray("phones").add("+7 916 555-01-" + id.length() + "0");
        readOnly.add(new ObjectNode[] {json.createObjectNode().put("kind", "contact"), contact});
    }

    /** An open deal of a client. */
    public synchronized void deal(String id, String clientId, String title, String stageName, String amount) {
        ObjectNode deal = json.createObjectNode().put("id", id).put("clientId", clientId).put("title", title)
                .put("stageName", stageName).put("status", "OPEN").put("version", 1);
        deal.putObject("amount").put("amount", amount).put("currency", "RUB");
        readOnly.add(new ObjectNode[] {json.createObjectNode().put("kind", "deal"), deal});
    }

    /** An interaction logged before the test (on the web, say). */
    public synchronized void pastInteraction(String id, String clientId, String type, String summary, String at) {
        ObjectNode interaction = json.createObjectNode().put("id", id).put("clientId", clientId).put("type", type)
                .put("summary", summary).put("occurredAt", at).put("authorId", "anna").put("version", 1);
        readOnly.add(new ObjectNode[] {json.createObjectNode().put("kind", "interaction"), interaction});
    }

    /** Someone else changed the task on the server: its version goes up. */
    public synchronized void changeTaskOnServer(String id, String newTitle) {
        ObjectNode task = tasks.get(id);
        task.put("title", newTitle).put("version", task.get("version").asLong() + 1);
        changed("task", task);
    }

    /** A deal in the "sales" pipeline at {@code stageId}, with an amount in RUB or none. */
    public synchronized void pipelineDeal(String id, String clientId, String title, String stageId, String amount) {
        sales.deal(id, clientId, title, stageId, amount);
    }

    /** Someone else moved the deal on the server: its version goes up. */
    public synchronized void moveDealOnServer(String id, String stageId) {
        sales.moveOnServer(id, stageId);
    }

    /** The client gets the GOLD conditions package (5 % off the GOLD price list). */
    public synchronized void conditionsPackage(String clientId, String code) {
        ((ObjectNode) clients.get(clientId).get("details")).put("conditionsPackage", code);
    }

    public synchronized ObjectNode storedDeal(String id) {
        return sales.storedDeal(id);
    }

    /** Every accepted stage move, "dealId→stageId", in order. */
    public synchronized List<String> dealMoves() {
        return sales.dealMoves();
    }

    public synchronized List<ObjectNode> storedOrders() {
        return sales.storedOrders();
    }

    public synchronized void dashboard(ObjectNode answer) {
        this.dashboard = answer;
    }

    // ---- what the server has ----

    public synchronized List<ObjectNode> storedInteractions() {
        return new ArrayList<>(interactionsByKey.values());
    }

    public synchronized ObjectNode storedTask(String id) {
        return tasks.get(id).deepCopy();
    }

    /** The push devices registered: device id → {platform, token}. */
    public synchronized Map<String, JsonNode> devices() {
        return Map.copyOf(devices);
    }

    /** The query strings of the dashboard requests, in order. */
    public List<String> dashboardQueries() {
        return List.copyOf(dashboardQueries);
    }

    /** What a manager's drill into a rep reads: {@code GET /api/v1/agenda?rep=} and {@code /interactions?author=}. */
    public synchronized void repDay(ObjectNode agenda, ObjectNode journal) {
        repAgenda = agenda;
        repJournal = journal;
    }

    /** "path?query" of the drill's requests, in order. */
    public List<String> drillQueries() {
        return List.copyOf(drillQueries);
    }

    /** A user as {@code GET /api/v1/users} lists them. */
    public synchronized void user(String id, String name, String role, String teamId) {
        ObjectNode user = users.addObject().put("id", id).put("name", name).put("active", true);
        user.putArray("roles").add(role);
        if (teamId != null) {
            user.put("teamId", teamId);
        }
    }

    private void device(HttpExchange exchange, String method, String deviceId, JsonNode body) throws IOException {
        if (method.equals("DELETE")) {
            devices.remove(deviceId);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        devices.put(deviceId, body);
        send(exchange, 200, json.createObjectNode().put("id", deviceId).put("platform", body.path("platform").asText()),
                null);
    }

    /** "METHOD path" of every request received, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        requests.add(method + " " + path);
        JsonNode body = readBody(exchange);
        synchronized (this) {
            String[] parts = path.split("/");
            if (path.equals("/api/v1/local/login")) {
                ObjectNode answer = json.createObjectNode().put("accessToken", "token-" + body.path("userId").asText());
                ObjectNode user = answer.putObject("user").put("id", body.path("userId").asText())
                        .put("timeZone", "Europe/Moscow");
                user.putArray("roles").add(body.path("userId").asText().equals("maria") ? "manager" : "rep");
                send(exchange, 200, answer, null);
            } else if (path.equals("/api/v1/sync")) {
                String query = exchange.getRequestURI().getQuery();
                send(exchange, 200, query != null && query.contains("cursor=feed-")
                        ? feedFrom(Integer.parseInt(query.replaceAll(".*cursor=feed-(\\d+).*", "$1")))
                        : snapshot(), null);
            } else if (path.equals("/api/v1/reports/dashboard")) {
                dashboardQueries.add(String.valueOf(exchange.getRequestURI().getQuery()));
                send(exchange, 200, dashboard, null);
            } else if (method.equals("GET") && (path.equals("/api/v1/agenda") || path.equals("/api/v1/interactions"))) {
                drillQueries.add(path + "?" + exchange.getRequestURI().getQuery());
                send(exchange, 200, path.endsWith("agenda") ? repAgenda : repJournal, null);
            } else if (method.equals("GET") && path.equals("/api/v1/users")) {
                send(exchange, 200, users, null);
            } else if (path.matches("/api/v1/me/devices/[^/]+")) {
                device(exchange, method, parts[5], body);
            } else if (sales.handle(method, path, exchange.getRequestHeaders().getFirst("If-Match"), body)
                    instanceof FakeSales.Reply reply) {
                reply(exchange, reply);
            } else if (method.equals("POST") && path.matches("/api/v1/clients/[^/]+/interactions")) {
                logInteraction(exchange, parts[4], body);
            } else if (method.equals("GET") && path.matches("/api/v1/clients/[^/]+")) {
                card(exchange, parts[4]);
            } else if (path.matches("/api/v1/clients/[^/]+/tasks/[^/]+")) {
                task(exchange, method, parts[6], body);
            } else {
                problem(exchange, 404, "not-found", "no such resource in the fake API: " + path);
            }
        }
    }

    private ObjectNode feedFrom(int index) {
        ObjectNode page = json.createObjectNode().put("cursor", "feed-" + feed.size()).put("hasMore", false)
                .put("snapshot", false);
        page.putArray("changes").addAll(feed.subList(Math.min(index, feed.size()), feed.size()));
        return page;
    }

    private void changed(String kind, ObjectNode data) {
        feed.add(change(kind, data, data.get("clientId").asText()));
    }

    private ObjectNode snapshot() {
        ObjectNode page = json.createObjectNode().put("cursor", "feed-" + feed.size()).put("hasMore", false)
                .put("snapshot", true);
        ArrayNode changes = page.putArray("changes");
        for (ObjectNode client : clients.values()) {
            changes.add(change("client", client, client.get("id").asText()));
        }
        for (ObjectNode task : tasks.values()) {
            if (task.get("status").asText().equals("OPEN")) {
                changes.add(change("task", task, task.get("clientId").asText()));
            }
        }
        for (ObjectNode interaction : interactionsByKey.values()) {
            changes.add(change("interaction", interaction, interaction.get("clientId").asText()));
        }
        List<ObjectNode[]> records = new ArrayList<>(readOnly);
        records.addAll(sales.snapshot());
        for (ObjectNode[] record : records) {
            changes.add(change(record[0].get("kind").asText(), record[1], record[1].get("clientId").asText()));
        }
        return page;
    }

    private ObjectNode change(String kind, ObjectNode data, String clientId) {
        ObjectNode change = json.createObjectNode().put("kind", kind).put("id", data.get("id").asText())
                .put("clientId", clientId).put("deleted", false).put("at", "2026-12-07T06:00:00Z");
        change.set("version", data.get("version"));
        change.set("data", data.deepCopy());
        return change;
    }

    private void logInteraction(HttpExchange exchange, String clientId, JsonNode input) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        ObjectNode interaction = key == null ? null : interactionsByKey.get(key);
        if (interaction == null) {
            interaction = ((ObjectNode) input.deepCopy()).put("id", "I" + nextId++).put("clientId", clientId)
                    .put("authorId", "anna").put("version", 1);
            interactionsByKey.put(key == null ? interaction.get("id").asText() : key, interaction);
            String completes = input.path("completesTaskId").asText(null);
            if (completes != null && tasks.containsKey(completes)) {
                ObjectNode task = tasks.get(completes);
                task.put("status", "DONE").put("version", task.get("version").asLong() + 1);
                changed("task", task);
            }
            changed("interaction", interaction);
        }
        ObjectNode answer = json.createObjectNode();
        answer.set("interaction", interaction);
        send(exchange, 201, answer, null);
    }

    /** The client card ({@code ClientCard}): the client and its open next steps, as the phone reads "theirs". */
    private void card(HttpExchange exchange, String clientId) throws IOException {
        ObjectNode client = clients.get(clientId);
        if (client == null) {
            problem(exchange, 404, "not-found", "no client " + clientId);
            return;
        }
        ObjectNode card = json.createObjectNode();
        card.set("client", client);
        ArrayNode open = card.putArray("openTasks");
        for (ObjectNode task : tasks.values()) {
            if (task.get("clientId").asText().equals(clientId) && task.get("status").asText().equals("OPEN")) {
                open.add(task);
            }
        }
        send(exchange, 200, card, client.get("version").asText());
    }

    private void task(HttpExchange exchange, String method, String taskId, JsonNode body) throws IOException {
        ObjectNode task = tasks.get(taskId);
        if (task == null) {
            problem(exchange, 404, "not-found", "no task " + taskId);
            return;
        }
        if (method.equals("GET")) {
            send(exchange, 200, task, task.get("version").asText());
            return;
        }
        String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
        if (ifMatch == null || !ifMatch.replace("\"", "").equals(task.get("version").asText())) {
            problem(exchange, 412, "version-conflict", "the task was changed by someone else");
            return;
        }
        body.fields().forEachRemaining(field -> task.set(field.getKey(), field.getValue()));
        task.put("version", task.get("version").asLong() + 1);
        changed("task", task);
        send(exchange, 200, task, task.get("version").asText());
    }

    private void reply(HttpExchange exchange, FakeSales.Reply reply) throws IOException {
        if (reply.status() >= 400) {
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            write(exchange, reply.status(), reply.body());
        } else {
            send(exchange, reply.status(), reply.body(), reply.etag());
        }
    }

    private JsonNode readBody(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
    }

    private void problem(HttpExchange exchange, int status, String type, String detail) throws IOException {
        ObjectNode problem = json.createObjectNode().put("type", "https://fieldcrm.dev/problems/" + type)
                .put("title", type).put("status", status).put("detail", detail);
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        write(exchange, status, problem);
    }

    private void send(HttpExchange exchange, int status, JsonNode body, String etag) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (etag != null) {
            exchange.getResponseHeaders().add("ETag", "\"" + etag + "\"");
        }
        write(exchange, status, body);
    }

    private void write(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
