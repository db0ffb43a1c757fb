package dev.fieldcrm.bench;

import io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Runs in the function's JVM (unzipped function.zip on the classpath): calls {@link QuarkusStreamHandler} with
 * API Gateway events exactly as the Lambda runtime would, then sends the very DynamoDB requests the function
 * made straight through the SDK (the floor), in the same JVM and with the same JIT and GC settings.
 * Arguments: the plan (properties written by {@link BenchRun}) and the output directory.
 */
public final class LatencyProbe {
    private static final int ROUNDS = 10;
    private static final AtomicInteger THROWN = new AtomicInteger();
    /** The operation a worker is calling in the mixed workload, so that its failures are counted against it. */
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final Map<String, AtomicInteger> FAILED_BY_OPERATION = new java.util.concurrent.ConcurrentHashMap<>();

    private final Properties plan;
    private final Path out;
    private final String scenario;
    private final String tenant;
    private final QuarkusStreamHandler handler = new QuarkusStreamHandler();
    private final DynamoDbClient floorClient;
    private final AtomicInteger errors = new AtomicInteger();

    private LatencyProbe(Properties plan, Path out) {
        this.plan = plan;
        this.out = out;
        this.scenario = plan.getProperty("scenario");
        this.tenant = plan.getProperty("tenant", BenchTenant.TENANT);
        // Built as the function builds its own (DynamoDbClientProducer): URL-connection client, static local keys.
        this.floorClient = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(System.getenv("AWS_REGION")))
                .endpointOverride(URI.create(System.getenv("FIELDCRM_DYNAMODB_ENDPOINT")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    public static void main(String[] args) throws Exception {
        Properties plan = new Properties();
        // The driver writes the plan through a UTF-8 Writer (non-ASCII as it is): read it back as UTF-8, not ISO-8859-1.
        try (var in = Files.newBufferedReader(Path.of(args[0]))) {
            plan.load(in);
        }
        new LatencyProbe(plan, Path.of(args[1])).run();
        System.exit(0);
    }

    /** One measured operation: its API call and its floor, both for a given worker (thread) number. */
    record Operation(String name, IntConsumer api, IntConsumer floor) {
    }

    private void run() throws IOException {
        List<Operation> operations = new ArrayList<>();
        for (String name : plan.getProperty("operations").split(",")) {
            operations.add(prepare(name));
        }
        int warmup = Integer.parseInt(plan.getProperty("warmup"));
        int[] concurrencies = java.util.Arrays.stream(plan.getProperty("concurrencies", "1,16").split(","))
                .mapToInt(Integer::parseInt).toArray();
        switch (plan.getProperty("mode", "cells")) {
            case "mixed" -> {
                Mix mix = Mix.of(operations, plan.getProperty("weights"));
                for (int concurrency : concurrencies) {
                    measureMixed(mix, concurrency, concurrency == 1 ? warmup : warmup / 4, count(concurrency));
                }
            }
            case "background" -> background(Mix.of(operations, plan.getProperty("weights")), concurrencies[0],
                    Path.of(plan.getProperty("stopFile")));
            default -> {
                for (Operation op : operations) {
                    for (int concurrency : concurrencies) {
                        // The JIT is warm after the c=1 cell; at higher c the warm-up only fills pools and connections.
                        measure(op, concurrency, concurrency == 1 ? warmup : warmup / 4, count(concurrency));
                    }
                }
            }
        }
        if (errors.get() > 0) {
            System.out.println("[probe] " + errors.get() + " calls failed (see results)");
        }
    }

    /** Calls per cell at this concurrency: {@code n<c>} of the plan, e.g. n1, n16, n64. */
    private int count(int concurrency) {
        return Integer.parseInt(plan.getProperty("n" + concurrency));
    }

    // --- the operations, with the floor built from the requests the function actually sent ---------------

    private Operation prepare(String name) {
        Map<String, String> rep = claims(plan.getProperty("rep"), plan.getProperty("repTeam"));
        return switch (name) {
            case "agenda" -> read(name, w -> HttpApiEvent.get("/api/v1/agenda", rep));
            case "card" -> read(name, w -> HttpApiEvent.get("/api/v1/clients/" + plan.getProperty("cardClient"), rep));
            // A rep typing the first letters of a client's name: a page of their own clients by name prefix.
            case "search" -> read(name, w -> HttpApiEvent.get("/api/v1/clients?q="
                    + java.net.URLEncoder.encode(plan.getProperty("searchPrefix"), java.nio.charset.StandardCharsets.UTF_8), rep));
            case "sync" -> {
                String cursor = feedCursor(rep);
                yield read(name, w -> HttpApiEvent.get("/api/v1/sync?cursor=" + cursor, rep));
            }
            case "dashboard" -> read(name, w -> HttpApiEvent.get("/api/v1/reports/dashboard?from=" + plan.getProperty("dashboardFrom")
                    + "&to=" + plan.getProperty("dashboardTo"), claims(plan.getProperty("manager"), plan.getProperty("salesTeam"), "manager")));
            case "lead" -> leadSubmit();
            case "log" -> logInteraction();
            case "move" -> moveStage();
            case "order20" -> order20();
            case "receivables" -> read(name, w -> HttpApiEvent.get("/api/v1/clients/" + plan.getProperty("receivablesClient")
                    + "/receivables", claims(plan.getProperty("salesRep"), plan.getProperty("salesTeam"))));
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * The cursor a phone holds between pulls: it walks the first-login snapshot (clients, agenda, journal, deals,
     * orders) page by page once, and keeps the feed cursor it ends on; each measured pull is a feed page from there.
     */
    private String feedCursor(Map<String, String> rep) {
        String cursor = "";
        for (int page = 0; page < 500; page++) {
            byte[] answer = invoke(HttpApiEvent.get("/api/v1/sync" + (cursor.isEmpty() ? "" : "?cursor="
                    + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)), rep));
            String next = HttpApiEvent.bodyField(answer, "cursor");
            boolean snapshot = new String(answer, java.nio.charset.StandardCharsets.UTF_8).contains("\\\"snapshot\\\":true");
            if (next == null) {
                throw new IllegalStateException("sync answered without a cursor: " + new String(answer, java.nio.charset.StandardCharsets.UTF_8));
            }
            cursor = next;
            if (!snapshot) {
                System.out.println("[probe] " + scenario + " sync: snapshot walked in " + (page + 1) + " pages");
                return java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("the sync snapshot did not end in 500 pages");
    }

    /**
     * A lead sent from the tenant's website form (the public endpoint, no token): the snippet's JSON with a time-trap
     * token fetched once from the form's config (the form's minimum fill time is 0 and it has no CAPTCHA, as in the
     * forms bench), a new submission id per call. The rate limits are raised through the function's environment
     * (all calls come from one address). The floor replays GetItem form key, UpdateItem rate window (its condition
     * removed) and TransactWriteItems (lead, inbound log; conditions removed).
     */
    private Operation leadSubmit() {
        String formPath = "/api/v1/forms/" + plan.getProperty("formKey");
        Map<String, String> origin = Map.of("origin", plan.getProperty("formOrigin"));
        String token = HttpApiEvent.bodyField(invoke(HttpApiEvent.event("GET", formPath, null, null, origin)), "token");
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
        java.util.function.LongFunction<byte[]> event = n -> HttpApiEvent.event("POST", formPath + "/submissions", null,
                "{\"submissionId\":\"bench-" + scenario + "-" + ProcessHandle.current().pid() + "-" + n + "\",\"token\":\"" + token
                        + "\",\"fields\":{\"name\":\"Person " + n + "\",\"email\":\"p" + n + "@example.com\","
                        + "\"message\":\"Please call me about an order\"},\"tracking\":{\"utm_source\":\"bench\"}}", origin);
        List<SdkRequest> floor = account("lead", event.apply(next.incrementAndGet())).stream()
                .map(c -> FloorRequests.replayable(c.request())).toList();
        accountFloor("lead", () -> floor.forEach(this::send));
        return new Operation("lead", w -> invoke(event.apply(next.incrementAndGet())), w -> floor.forEach(this::send));
    }

    private Operation read(String name, java.util.function.IntFunction<byte[]> event) {
        List<SdkCallProbe.Call> calls = account(name, event.apply(0));
        List<SdkRequest> requests = calls.stream().map(SdkCallProbe.Call::request).toList();
        accountFloor(name, () -> requests.forEach(this::send));
        return new Operation(name, w -> invoke(event.apply(w)), w -> requests.forEach(this::send));
    }

    private void send(SdkRequest request) {
        FloorRequests.send(floorClient, request);
    }

    private Operation logInteraction() {
        Map<String, String> logger = claims(plan.getProperty("logRep"), plan.getProperty("logRepTeam"));
        String[] clients = plan.getProperty("logClients").split(",");
        String[] floorClients = plan.getProperty("floorLogClients").split(",");
        int logClients = clients.length;
        QueryRequest[] queries = new QueryRequest[logClients];
        TransactWriteItemsRequest[] writes = new TransactWriteItemsRequest[logClients];
        for (int w = 0; w < logClients; w++) {
            // The floor replays its writes on clients of its own: replaying them on the API's clients would bring
            // closed steps back to life under the API's feet.
            List<SdkCallProbe.Call> calls = account(w == 0 ? "log" : null, logEvent(logger, floorClients[w]));
            queries[w] = (QueryRequest) calls.get(0).request();
            writes[w] = (TransactWriteItemsRequest) FloorRequests.replayable(calls.get(1).request());
        }
        accountFloor("log", () -> {
            floorClient.query(queries[0]);
            floorClient.transactWriteItems(writes[0]);
        });
        // Each worker logs on its own client, as 16 reps would: no version conflicts between workers.
        return new Operation("log", w -> invoke(logEvent(logger, clients[w % logClients])), w -> {
            floorClient.query(queries[w % logClients]);
            floorClient.transactWriteItems(writes[w % logClients]);
        });
    }

    /**
     * A deal moved back and forth between two OPEN stages that require no fields ({@code new} ⇄ {@code accepted}).
     * Each worker moves its own deal and carries its version (If-Match) from one call to the next, as a rep's app
     * would. The floor's requests are those of the function moving the floor rep's deals (one per worker: GetItem
     * deal, Query settings, GetItem client, TransactWriteItems), replayed with the conditions removed; they never
     * touch the API's deals.
     */
    private Operation moveStage() {
        Map<String, String> mover = claims(plan.getProperty("salesRep"), plan.getProperty("salesTeam"));
        Map<String, String> floorMover = claims(plan.getProperty("salesFloorRep"), plan.getProperty("salesTeam"));
        String[] deals = plan.getProperty("moveDeals").split(",");
        String[] floorDeals = plan.getProperty("floorMoveDeals").split(",");
        List<List<SdkRequest>> floor = new ArrayList<>();
        long[] floorVersions = new long[floorDeals.length];
        boolean[] floorAccepted = new boolean[floorDeals.length];
        for (int w = 0; w < floorDeals.length; w++) {
            // Where the deal stands now: an earlier probe of the same run may have moved it already.
            readDeal(floorMover, floorDeals, floorVersions, floorAccepted, w);
            List<SdkCallProbe.Call> calls = account(w == 0 ? "move" : null, moveEvent(floorMover, floorDeals[w],
                    floorAccepted[w] ? "new" : "accepted", floorVersions[w]));
            floor.add(calls.stream().map(c -> FloorRequests.replayable(c.request())).toList());
        }
        accountFloor("move", () -> floor.get(0).forEach(this::send));
        long[] versions = new long[deals.length];
        boolean[] accepted = new boolean[deals.length];
        for (int d = 0; d < deals.length; d++) {
            readDeal(mover, deals, versions, accepted, d);
        }
        return new Operation("move", w -> {
            int d = w % deals.length;
            byte[] answer = invoke(moveEvent(mover, deals[d], accepted[d] ? "new" : "accepted", versions[d]));
            long version = HttpApiEvent.etag(answer);
            if (HttpApiEvent.is2xx(answer) && version > 0) {
                versions[d] = version;
                accepted[d] = !accepted[d];
            } else {
                // Out of step (should not happen: one worker per deal): read the deal to carry on from where it is.
                readDeal(mover, deals, versions, accepted, d);
            }
        }, w -> floor.get(w % floor.size()).forEach(this::send));
    }

    /** The deal's version (ETag) and whether it stands at {@code accepted}, as the rep's app reads it. */
    private void readDeal(Map<String, String> mover, String[] deals, long[] versions, boolean[] accepted, int d) {
        byte[] current = invoke(HttpApiEvent.get("/api/v1/deals/" + deals[d], mover));
        versions[d] = HttpApiEvent.etag(current);
        accepted[d] = new String(current, java.nio.charset.StandardCharsets.UTF_8).contains("\\\"stageId\\\":\\\"accepted\\\"");
    }

    private static byte[] moveEvent(Map<String, String> mover, String dealId, String stageId, long version) {
        return HttpApiEvent.event("POST", "/api/v1/deals/" + dealId + "/moves", mover,
                "{\"stageId\":\"" + stageId + "\",\"comment\":\"bench\"}", Map.of("if-match", "\"" + version + "\""));
    }

    /**
     * An order of 20 lines taken for a client: POST without Idempotency-Key, so every call creates a new order
     * with a new id (as 20-line orders arriving one after another). The floor replays the function's requests
     * (GetItem client, GetItem conditions package, Query price lists, BatchGetItem products and prices,
     * TransactWriteItems order + audit) with the conditions removed, i.e. it rewrites one order again and again.
     */
    private Operation order20() {
        Map<String, String> rep = claims(plan.getProperty("salesRep"), plan.getProperty("salesTeam"));
        StringBuilder body = new StringBuilder("{\"comment\":\"bench order\",\"lines\":[");
        String[] skus = plan.getProperty("orderSkus").split(",");
        for (int i = 0; i < skus.length; i++) {
            body.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(skus[i]).append("\",\"quantity\":\"")
                    .append(1 + i % 7).append(i % 3 == 0 ? ".5" : "").append("\"}");
        }
        String json = body.append("]}").toString();
        String path = "/api/v1/clients/" + plan.getProperty("orderClient") + "/orders";
        List<SdkCallProbe.Call> calls = account("order20", HttpApiEvent.post(path, rep, json));
        List<SdkRequest> floor = calls.stream().map(c -> FloorRequests.replayable(c.request())).toList();
        accountFloor("order20", () -> floor.forEach(this::send));
        return new Operation("order20", w -> invoke(HttpApiEvent.post(path, rep, json)), w -> floor.forEach(this::send));
    }

    private static byte[] logEvent(Map<String, String> logger, String clientId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String body = "{\"type\":\"CALL\",\"occurredAt\":\"" + now.minusSeconds(60) + "\",\"channel\":\"phone\","
                + "\"summary\":\"Bench: discussed the next order\",\"result\":\"Interested\","
                + "\"nextStep\":{\"kind\":\"CALL\",\"title\":\"Call back about the order\",\"dueAt\":\""
                + now.plus(3, ChronoUnit.DAYS) + "\"}}";
        return HttpApiEvent.post("/api/v1/clients/" + clientId + "/interactions", logger, body);
    }

    private Map<String, String> claims(String user, String team) {
        return claims(user, team, "rep");
    }

    private Map<String, String> claims(String user, String team, String group) {
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("sub", user);
        claims.put("custom:tenant", tenant);
        claims.put("cognito:groups", "[" + group + "]");
        claims.put("custom:team", team);
        claims.put("zoneinfo", "Europe/Moscow");
        return claims;
    }

    // --- accounting: which calls, and what DynamoDB says they consumed -----------------------------------

    private List<SdkCallProbe.Call> account(String operation, byte[] event) {
        SdkCallProbe.drain();
        SdkCallProbe.recording = true;
        byte[] answer;
        try {
            answer = invoke(event);
        } finally {
            SdkCallProbe.recording = false;
        }
        List<SdkCallProbe.Call> calls = SdkCallProbe.drain();
        if (operation != null) {
            appendAccounting(operation, "api", calls);
            // The probe log keeps one answer of each operation, to check that the seeded data is what was measured.
            String text = new String(answer, java.nio.charset.StandardCharsets.UTF_8);
            System.out.println("[probe] " + scenario + " " + operation + " answered: "
                    + (text.length() > 1500 ? text.substring(0, 1500) + "…" : text));
            calls.forEach(c -> System.out.println("[probe] " + scenario + " " + operation + " sent: "
                    + c.request().toString().substring(0, Math.min(800, c.request().toString().length()))));
        }
        return calls;
    }

    private void accountFloor(String operation, Runnable floor) {
        SdkCallProbe.drain();
        SdkCallProbe.recording = true;
        try {
            floor.run();
        } finally {
            SdkCallProbe.recording = false;
        }
        appendAccounting(operation, "floor", SdkCallProbe.drain());
    }

    private void appendAccounting(String operation, String path, List<SdkCallProbe.Call> calls) {
        String described = calls.stream().map(SdkCallProbe.Call::describe).collect(Collectors.joining(" + "));
        String units = calls.stream().map(c -> c.capacityUnits() == null ? "null" : String.valueOf(c.capacityUnits()))
                .collect(Collectors.joining(" + "));
        String detail = calls.stream().map(SdkCallProbe.Call::capacityDetail).collect(Collectors.joining(" | "));
        String items = calls.stream().map(c -> Integer.toString(c.items())).collect(Collectors.joining(" + "));
        append("accounting.csv", String.join(",", scenario, operation, path, Integer.toString(calls.size()),
                csv(described), csv(units), csv(detail), csv(items)));
    }

    // --- timing --------------------------------------------------------------------------------------------

    private byte[] invoke(byte[] event) {
        ByteArrayOutputStream response = new ByteArrayOutputStream(4096);
        try {
            handler.handleRequest(new ByteArrayInputStream(event), response, new LambdaContext("bench"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int status = HttpApiEvent.status(response.toByteArray());
        if (status < 200 || status > 299) {
            String current = CURRENT.get();
            if (current != null) {
                FAILED_BY_OPERATION.computeIfAbsent(current, k -> new AtomicInteger()).incrementAndGet();
            }
            if (errors.incrementAndGet() <= 5) {
                System.out.println("[probe] unexpected response: " + response.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return response.toByteArray();
    }

    /**
     * API and floor in alternating blocks ({@value #ROUNDS} of each), so that load from other processes on a
     * shared machine falls on both alike instead of on whichever ran first.
     */
    private void measure(Operation op, int concurrency, int warmup, int n) {
        timed(concurrency, warmup, op.api());
        timed(concurrency, warmup, op.floor());
        int errorsBefore = errors.get();
        int thrownBefore = THROWN.get();
        long[] api = new long[n];
        long[] floor = new long[n];
        long[] ownSdkRemoved = new long[n];
        int block = n / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            int from = block * round;
            int size = round == ROUNDS - 1 ? n - from : block;
            if (concurrency == 1) {
                sequentialApi(op, api, ownSdkRemoved, from, size);
            } else {
                System.arraycopy(timed(concurrency, size, op.api()), 0, api, from, size);
            }
            System.arraycopy(timed(concurrency, size, op.floor()), 0, floor, from, size);
        }
        // Errors of either path: non-2xx answers of the function, exceptions of the function or the floor.
        report(op.name(), "api", concurrency, Percentiles.of(api), errors.get() - errorsBefore);
        report(op.name(), "floor", concurrency, Percentiles.of(floor), THROWN.get() - thrownBefore);
        if (concurrency == 1) {
            report(op.name(), "api-own-sdk-time-removed", 1, Percentiles.of(ownSdkRemoved), 0);
        }
    }

    /**
     * The mixed workload at one concurrency: each worker takes its next operation from one weighted schedule (the
     * same for the API and the floor), API and floor alternating in blocks as in {@link #measure}. Reported: latency
     * per operation and overall, and the throughput of each path (calls over the blocks' wall time).
     */
    private void measureMixed(Mix mix, int concurrency, int warmup, int n) {
        int[] warm = mix.schedule(warmup, 7);
        mixedBlock(mix, warm, concurrency, true);
        mixedBlock(mix, warm, concurrency, false);
        FAILED_BY_OPERATION.clear();
        int[] schedule = mix.schedule(n, 42 + concurrency);
        long[] api = new long[n];
        long[] floor = new long[n];
        long apiNanos = 0;
        long floorNanos = 0;
        int block = n / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            int from = block * round;
            int size = round == ROUNDS - 1 ? n - from : block;
            int[] part = java.util.Arrays.copyOfRange(schedule, from, from + size);
            long began = System.nanoTime();
            System.arraycopy(mixedBlock(mix, part, concurrency, true), 0, api, from, size);
            apiNanos += System.nanoTime() - began;
            began = System.nanoTime();
            System.arraycopy(mixedBlock(mix, part, concurrency, false), 0, floor, from, size);
            floorNanos += System.nanoTime() - began;
        }
        Map<String, long[]> apiByOperation = mix.split(schedule, api);
        Map<String, long[]> floorByOperation = mix.split(schedule, floor);
        int apiFailed = 0;
        int floorFailed = 0;
        for (String name : apiByOperation.keySet()) {
            int a = failed(name);
            int f = failed(name + " floor");
            apiFailed += a;
            floorFailed += f;
            report(name, "api", concurrency, Percentiles.of(apiByOperation.get(name)), a);
            report(name, "floor", concurrency, Percentiles.of(floorByOperation.get(name)), f);
        }
        report("overall", "api", concurrency, Percentiles.of(api), apiFailed);
        report("overall", "floor", concurrency, Percentiles.of(floor), floorFailed);
        appendThroughput("api", concurrency, n, apiNanos, apiFailed);
        appendThroughput("floor", concurrency, n, floorNanos, floorFailed);
    }

    /**
     * Load on behalf of another tenant while the driver measures a small one: the mixed workload through the API
     * only, in blocks, until the stop file appears. A file next to it tells the driver the load is running.
     */
    private void background(Mix mix, int concurrency, Path stopFile) throws IOException {
        mixedBlock(mix, mix.schedule(concurrency * 20, 1), concurrency, true);
        Files.writeString(Path.of(stopFile + ".running"), "running\n");
        FAILED_BY_OPERATION.clear();
        long calls = 0;
        long began = System.nanoTime();
        for (int round = 2; !Files.exists(stopFile); round++) {
            int[] schedule = mix.schedule(concurrency * 20, round);
            mixedBlock(mix, schedule, concurrency, true);
            calls += schedule.length;
        }
        int failed = FAILED_BY_OPERATION.values().stream().mapToInt(AtomicInteger::get).sum();
        appendThroughput("api", concurrency, calls, System.nanoTime() - began, failed);
    }

    private long[] mixedBlock(Mix mix, int[] schedule, int concurrency, boolean api) {
        return timed(concurrency, schedule.length, (worker, i) -> {
            Operation op = mix.operation(schedule[i]);
            CURRENT.set(api ? op.name() : op.name() + " floor");
            try {
                (api ? op.api() : op.floor()).accept(worker);
            } finally {
                CURRENT.remove();
            }
        });
    }

    private static int failed(String current) {
        AtomicInteger failed = FAILED_BY_OPERATION.get(current);
        return failed == null ? 0 : failed.get();
    }

    private void appendThroughput(String path, int concurrency, long calls, long nanos, int failed) {
        double seconds = nanos / 1e9;
        System.out.printf(java.util.Locale.ROOT, "[probe] %-5s %-5s c=%-2d %d calls in %.1f s: %.0f/s, %d failed%n", scenario,
                path, concurrency, calls, seconds, calls / seconds, failed);
        append("throughput.csv", String.format(java.util.Locale.ROOT, "%s,%s,%d,%d,%.3f,%.1f,%d", scenario, path,
                concurrency, calls, seconds, calls / seconds, failed));
    }

    /**
     * At c=1 each API call is also split: its wall time minus the time its own SDK calls took (as seen by
     * {@link SdkCallProbe}), which is what the function adds on top of its DynamoDB calls, request by request.
     */
    private static void sequentialApi(Operation op, long[] api, long[] ownSdkRemoved, int from, int size) {
        for (int i = from; i < from + size; i++) {
            SdkCallProbe.SDK_NANOS.reset();
            long began = System.nanoTime();
            try {
                op.api().accept(0);
            } catch (RuntimeException e) {
                if (THROWN.incrementAndGet() <= 5) {
                    System.out.println("[probe] call failed: " + e);
                }
            }
            api[i] = System.nanoTime() - began;
            ownSdkRemoved[i] = api[i] - SdkCallProbe.SDK_NANOS.sum();
        }
    }

    private void report(String operation, String path, int concurrency, Percentiles p, int failed) {
        System.out.printf("[probe] %-5s %-6s %-5s c=%-2d n=%-6d p50=%6d us p99=%6d us%n", scenario, operation, path,
                concurrency, p.count(), p.p50Micros(), p.p99Micros());
        appendLatency(operation, path, concurrency, p, failed);
    }

    /** One timed call: by worker (thread) number and by the call's index in the cell. */
    private interface Call {
        void make(int worker, int index);
    }

    private static long[] timed(int concurrency, int total, IntConsumer call) {
        return timed(concurrency, total, (worker, index) -> call.accept(worker));
    }

    /** Closed loop: {@code concurrency} threads each make their share of {@code total} calls back to back. */
    private static long[] timed(int concurrency, int total, Call call) {
        long[] samples = new long[total];
        int share = total / concurrency;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            int worker = t;
            int from = t * share;
            int to = t == concurrency - 1 ? total : from + share;
            threads.add(Thread.ofPlatform().name("bench-" + t).start(() -> {
                await(start);
                for (int i = from; i < to; i++) {
                    long began = System.nanoTime();
                    try {
                        call.make(worker, i);
                    } catch (RuntimeException e) {
                        // A failed call is timed like any other and counted; it must not end the worker.
                        String current = CURRENT.get();
                        if (current != null) {
                            FAILED_BY_OPERATION.computeIfAbsent(current, k -> new AtomicInteger()).incrementAndGet();
                        }
                        if (THROWN.incrementAndGet() <= 5) {
                            System.out.println("[probe] call failed: " + e);
                        }
                    }
                    samples[i] = System.nanoTime() - began;
                }
            }));
        }
        start.countDown();
        threads.forEach(LatencyProbe::join);
        return samples;
    }

    private void appendLatency(String operation, String path, int concurrency, Percentiles p, int failed) {
        append("latency.csv", String.join(",", scenario, operation, path, Integer.toString(concurrency),
                Integer.toString(p.count()), Long.toString(p.p50Micros()), Long.toString(p.p99Micros()),
                Long.toString(p.p999Micros()), Long.toString(p.meanMicros()), Long.toString(p.maxMicros()),
                Integer.toString(failed)));
    }

    private void append(String file, String line) {
        Csv.append(out.resolve(file), line);
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "'") + "\"";
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
