package dev.fieldcrm.bench;

import dev.fieldcrm.core.dynamo.DynamoBulkLoader;
import dev.fieldcrm.core.dynamo.DynamoClients;
import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.dynamo.ReminderServices;
import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.NotifySettings;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.PushMessage;
import dev.fieldcrm.core.notify.Renderer;
import dev.fieldcrm.core.notify.SmsMessage;
import dev.fieldcrm.core.reminders.RecipientDevices;
import dev.fieldcrm.core.reminders.Reminder;
import dev.fieldcrm.core.reminders.ReminderKind;
import dev.fieldcrm.core.reminders.ReminderPlanning;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskStatus;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Morning-digest dispatch for many reps (issue 5's benchmark): {@code --reps} users (default 10,000) of one tenant,
 * all in Europe/Moscow so that every digest falls due in the same minute, each with {@code --tasks} open steps (one
 * overdue, the rest due today) and a pending digest reminder on the due index — all seeded directly with
 * BatchWriteItem ({@link DynamoBulkLoader}, items encoded exactly as the app writes them).
 *
 * <p>Then the {@code reminder} job runs as in the worker (checkpoint → Queries on the due index → per digest: slot,
 * user, preferences, agenda Query, the real {@code ReliablePostman} with its conditional delivery records, a
 * capturing email sender → next day's digest → checkpoint): first one dispatcher alone (day 1), then two dispatchers
 * at the same moment on the same span (day 2: the slots day 1 re-planned). Measured: wall time of each run, DynamoDB
 * calls per operation and per digest (an SDK interceptor on the dispatchers' client), messages captured, and
 * duplicates (a message id captured more than once).
 *
 * <p>DynamoDB Local runs in this JVM (in memory); the dispatchers and it share the machine's cores.
 */
public final class BenchDigests {
    private static final String TABLE = "fieldcrm-bench-digests";
    private static final String TENANT = "bench";
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final LocalDate DAY1 = LocalDate.of(2026, 12, 1);

    private BenchDigests() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int reps = Integer.parseInt(options.getOrDefault("reps", "10000"));
        int tasks = Integer.parseInt(options.getOrDefault("tasks", "3"));
        int parallelism = Integer.parseInt(options.getOrDefault("parallelism", "16"));
        Path out = Path.of(options.getOrDefault("out", "backend/bench/results"));
        System.setProperty("http.maxConnections", "64");

        LoadSampler load = new LoadSampler().start();
        try (DynamoDbLocalServer server = DynamoDbLocalServer.inMemory();
             DynamoDbClient seeding = server.client()) {
            TableDesign.createIfMissing(seeding, TABLE);
            Instant digestDay1 = DAY1.atTime(LocalTime.of(8, 0)).atZone(ZONE).toInstant();
            long seedStart = System.nanoTime();
            seed(new DynamoBulkLoader(seeding, TABLE), reps, tasks, digestDay1);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            System.out.printf("[digests] seeded %d reps × (user, digest reminder, %d tasks) in %.1f s%n", reps, tasks, seedSeconds);

            CallCounter calls = new CallCounter();
            Captured captured = new Captured();
            try (DynamoDbClient dynamo = DynamoClients.build(Optional.of(server.endpoint()), "eu-central-1", List.of(calls))) {
                Instant day1 = digestDay1.plusSeconds(30);
                calls.recording = true;
                Run single = run(List.of(dispatcher(dynamo, day1, captured, parallelism)), day1, calls, captured, reps);
                calls.recording = false;
                Floor floor = floor(dynamo, calls.drain(), parallelism);
                List<Run> runs = new ArrayList<>(List.of(single));
                if (!"no".equals(options.get("pair"))) {
                    Instant day2 = day1.plus(Duration.ofDays(1));
                    runs.add(run(List.of(dispatcher(dynamo, day2, captured, parallelism), dispatcher(dynamo, day2, captured, parallelism)),
                            day2, calls, captured, reps));
                }
                String report = report(reps, tasks, parallelism, seedSeconds, runs, floor, Machine.describe(load));
                System.out.println(report);
                Files.createDirectories(out);
                Files.writeString(out.resolve("digests.md"), report);
            }
        }
    }

    private record Run(int dispatchers, double seconds, Map<String, Long> calls, long captured, long duplicates,
                       long handedOver) {
        long totalCalls() {
            return calls.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static Run run(List<ReminderServices> dispatchers, Instant now, CallCounter calls, Captured captured, int reps)
            throws Exception {
        calls.reset();
        captured.reset();
        // Own threads, released together: the common pool has one thread on a 2-core machine and would run them in turn.
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        long start;
        try (ExecutorService pool = Executors.newFixedThreadPool(dispatchers.size())) {
            List<Future<?>> running = new ArrayList<>();
            for (ReminderServices services : dispatchers) {
                running.add(pool.submit(() -> {
                    go.await();
                    services.dispatcher().run(now);
                    return null;
                }));
            }
            start = System.nanoTime();
            go.countDown();
            for (Future<?> f : running) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Run result = new Run(dispatchers.size(), seconds, calls.snapshot(), captured.unique(), captured.duplicates(),
                captured.handedOver());
        System.out.printf("[digests] %d dispatcher(s): %.1f s, %d captured, %d duplicates, %d DynamoDB calls%n",
                result.dispatchers(), seconds, result.captured(), result.duplicates(), result.totalCalls());
        if (result.captured() != reps) {
            System.out.printf("[digests] WARNING: expected %d digests, captured %d%n", reps, result.captured());
        }
        return result;
    }

    /** What the single dispatcher's run costs DynamoDB Local alone: its recorded calls, sent again directly. */
    private record Floor(int calls, double seconds) {
    }

    /**
     * Sends the single run's calls again, conditions removed ({@link FloorRequests}), from as many threads as the
     * dispatcher had and with no code of ours between them: the wall time DynamoDB Local needs for the same work.
     */
    private static Floor floor(DynamoDbClient dynamo, List<SdkRequest> recorded, int parallelism) throws Exception {
        List<SdkRequest> requests = recorded.stream().map(FloorRequests::replayable).toList();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < parallelism; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                        FloorRequests.send(dynamo, requests.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        Floor floor = new Floor(requests.size(), (System.nanoTime() - start) / 1e9);
        System.out.printf("[digests] floor: the single run's %d calls sent directly by %d threads: %.1f s%n",
                floor.calls(), parallelism, floor.seconds());
        return floor;
    }

    private static ReminderServices dispatcher(DynamoDbClient dynamo, Instant now, Captured captured, int parallelism) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        NotifyServices notify = NotifyServices.onDynamo(dynamo, TABLE, "RU", clock, new TextRenderer(),
                captured::email, sms -> "sms", push -> "push", letter -> { }, NotifySettings.defaults());
        return ReminderServices.onDynamo(dynamo, TABLE, "RU", clock, notify.postman(), RecipientDevices.none(), parallelism);
    }

    private static void seed(DynamoBulkLoader loader, int reps, int tasks, Instant digestAt) throws Exception {
        Instant created = digestAt.minus(Duration.ofDays(3));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < reps; from += 250) {
                int first = from;
                int last = Math.min(reps, from + 250);
                done.add(pool.submit(() -> {
                    List<Object> records = new ArrayList<>();
                    for (int r = first; r < last; r++) {
                        String rep = "rep" + r;
                        records.add(new User(rep, "Rep " + r, rep + "@bench.example", Set.of(Role.REP), "team" + (r % 50),
                                ZONE.getId(), r % 2 == 0 ? "ru" : "en", true, 1));
                        var occurrence = ReminderPlanning.nextDigest(rep, LocalTime.of(8, 0), ZONE, digestAt.minusSeconds(60));
                        records.add(Reminder.planned(occurrence, ReminderKind.DIGEST, rep, null, null, Map.of(), created, 0));
                        for (int t = 0; t < tasks; t++) {
                            Instant due = t == 0 ? digestAt.minus(Duration.ofDays(1)) : digestAt.plus(Duration.ofHours(t));
                            String client = String.format("C%05d%02d", r, t);
                            records.add(new Task(String.format("T%05d%02d", r, t), client, TaskKind.CALL, "Call " + client,
                                    due, null, null, rep, TaskStatus.OPEN, "Client " + client, "Moscow", null, null, null,
                                    null, created, rep, created, rep, 1));
                        }
                    }
                    loader.put(TENANT, records);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    private static String report(int reps, int tasks, int parallelism, double seedSeconds, List<Run> runs, Floor floor,
                                 String machine) {
        StringBuilder md = new StringBuilder();
        md.append("## Digest dispatch: ").append(reps).append(" reps (issue 5)\n\n");
        md.append(machine).append("\n\n");
        md.append(String.format("Seeded %d reps, each a user, a pending digest reminder and %d open steps (BatchWriteItem): %.1f s. "
                + "Dispatcher threads: %d each.%n%n", reps, tasks, seedSeconds, parallelism));
        md.append("| run | wall time | digests captured | duplicates | provider sends | DynamoDB calls | calls per digest |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Run run : runs) {
            md.append(String.format("| %d dispatcher%s at once | %.1f s | %d | %d | %d | %d | %.2f |%n", run.dispatchers(),
                    run.dispatchers() == 1 ? "" : "s", run.seconds(), run.captured(), run.duplicates(), run.handedOver(),
                    run.totalCalls(), run.totalCalls() / (double) Math.max(1, run.captured())));
        }
        md.append(String.format("| floor: the single run's calls sent directly, %d threads | %.1f s | – | – | – | %d | – |%n",
                parallelism, floor.seconds(), floor.calls()));
        md.append("\nDynamoDB calls by operation:\n\n| operation |");
        runs.forEach(run -> md.append(String.format(" %d dispatcher%s | per digest |", run.dispatchers(), run.dispatchers() == 1 ? "" : "s")));
        md.append("\n|---|").append("---:|---:|".repeat(runs.size())).append("\n");
        Map<String, Long> all = new TreeMap<>();
        runs.forEach(run -> run.calls().keySet().forEach(k -> all.putIfAbsent(k, 0L)));
        for (String op : all.keySet()) {
            md.append("| ").append(op).append(" |");
            for (Run run : runs) {
                long n = run.calls().getOrDefault(op, 0L);
                md.append(String.format(" %d | %.2f |", n, n / (double) Math.max(1, run.captured())));
            }
            md.append("\n");
        }
        return md.toString();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** Counts the SDK operations made (by name) and, while recording, keeps the requests for the floor. */
    static final class CallCounter implements ExecutionInterceptor {
        private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        private final java.util.Queue<SdkRequest> recorded = new java.util.concurrent.ConcurrentLinkedQueue<>();
        volatile boolean recording;

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            counts.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), k -> new LongAdder()).increment();
            if (recording) {
                recorded.add(context.request());
            }
        }

        List<SdkRequest> drain() {
            List<SdkRequest> requests = new ArrayList<>(recorded);
            recorded.clear();
            return requests;
        }

        void reset() {
            counts.clear();
        }

        Map<String, Long> snapshot() {
            Map<String, Long> copy = new TreeMap<>();
            counts.forEach((op, n) -> copy.put(op, n.sum()));
            return copy;
        }
    }

    /** The capturing email provider: counts each message by recipient and subject (the renderer puts the message id there). */
    static final class Captured {
        private final Map<String, AtomicInteger> byKey = new ConcurrentHashMap<>();
        private final LongAdder handed = new LongAdder();

        String email(EmailMessage message) {
            handed.increment();
            byKey.computeIfAbsent(message.to() + "|" + message.subject(), k -> new AtomicInteger()).incrementAndGet();
            return "captured-" + handed.sum();
        }

        void reset() {
            byKey.clear();
            handed.reset();
        }

        long unique() {
            return byKey.size();
        }

        long duplicates() {
            return byKey.values().stream().mapToInt(AtomicInteger::get).filter(n -> n > 1).mapToLong(n -> n - 1).sum();
        }

        long handedOver() {
            return handed.sum();
        }
    }

    /** A renderer without templates (the worker's Qute renderer is not on this classpath): the digest's id and counts. */
    static final class TextRenderer implements Renderer {
        @Override
        public EmailMessage email(Outgoing message) {
            String text = message.template() + " " + message.model().get("date") + ": " + message.model().get("todayCount")
                    + " today, " + message.model().get("overdueCount") + " overdue, " + message.model().get("items");
            return new EmailMessage(message.address(), message.id(), "<pre>" + text + "</pre>", text, message.headers());
        }

        @Override
        public SmsMessage sms(Outgoing message) {
            return new SmsMessage(message.address(), message.id());
        }

        @Override
        public PushMessage push(Outgoing message) {
            return new PushMessage(message.address(), message.id(), message.template(), Map.of());
        }
    }
}
