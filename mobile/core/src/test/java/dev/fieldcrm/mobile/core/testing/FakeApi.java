package dev.fieldcrm.mobile.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fieldcrm.mobile.core.api.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small real HTTP server (the JDK's) standing in for the API where the real one cannot be used: scripted answers
 * per "METHOD /path" (query ignored), taken in order (the last one repeats), and every request recorded. Used for the
 * sync pull until the backend's {@code /api/v1/sync} is merged, and for error answers that are hard to provoke.
 */
public final class FakeApi implements AutoCloseable {
    private static final ObjectMapper JSON = Json.mapper();

    /** A request as the fake received it ({@code body} when it was JSON, {@code text} always). */
    public record Received(String method, String path, String query, Map<String, List<String>> headers,
                           JsonNode body, String text) {
        public String header(String name) {
            for (var entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue().getFirst();
                }
            }
            return null;
        }
    }

    /** An answer: status, content type and body text. */
    public record Answer(int status, String contentType, String body) {
        public static Answer json(int status, Object body) {
            return new Answer(status, "application/json", write(body));
        }

        public static Answer problem(int status, String typeSlug, String title) {
            return new Answer(status, "application/problem+json", write(Map.of(
                    "type", "https://fieldcrm.dev/problems/" + typeSlug, "title", title, "status", status)));
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Function<Received, Answer>>> routes = new ConcurrentHashMap<>();
    private final List<Received> received = java.util.Collections.synchronizedList(new ArrayList<>());

    private FakeApi(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free port of 127.0.0.1. */
    public static FakeApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeApi fake = new FakeApi(server);
            server.createContext("/", fake::handle);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Adds answers for {@code "GET /api/v1/sync"}; they are given in order and the last one repeats. */
    public FakeApi on(String methodAndPath, Answer... answers) {
        for (Answer answer : answers) {
            onRequest(methodAndPath, request -> answer);
        }
        return this;
    }

    /** Adds an answer computed from the request. */
    public FakeApi onRequest(String methodAndPath, Function<Received, Answer> answer) {
        routes.computeIfAbsent(methodAndPath, k -> new ArrayDeque<>()).add(answer);
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests to one "METHOD /path". */
    public List<Received> received(String methodAndPath) {
        return received().stream().filter(r -> (r.method() + " " + r.path()).equals(methodAndPath)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        boolean isJson = contentType == null || contentType.contains("json");
        JsonNode body = bytes.length == 0 || !isJson ? null : JSON.readTree(bytes);
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body,
                new String(bytes, StandardCharsets.UTF_8));
        received.add(request);
        Deque<Function<Received, Answer>> answers = routes.get(request.method() + " " + request.path());
        Answer answer;
        if (answers == null || answers.isEmpty()) {
            answer = Answer.problem(404, "not-found", "no fake route");
        } else {
            answer = (answers.size() > 1 ? answers.poll() : answers.peek()).apply(request);
        }
        byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
            exchange.getResponseBody().write(out);
        }
        exchange.close();
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
