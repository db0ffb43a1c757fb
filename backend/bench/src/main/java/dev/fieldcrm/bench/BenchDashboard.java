package dev.fieldcrm.bench;

import dev.fieldcrm.core.analytics.AggregateKey;
import dev.fieldcrm.core.analytics.AggregateNames;
import dev.fieldcrm.core.analytics.AggregateUpdate;
import dev.fieldcrm.core.analytics.DashboardRequest;
import dev.fieldcrm.core.analytics.DashboardService;
import dev.fieldcrm.core.clients.Money;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealStatus;
import dev.fieldcrm.core.deals.DealTally;
import dev.fieldcrm.core.deals.Pipeline;
import dev.fieldcrm.core.deals.SalesDefaults;
import dev.fieldcrm.core.deals.Stage;
import dev.fieldcrm.core.dynamo.AnalyticsServices;
import dev.fieldcrm.core.dynamo.DynamoBulkLoader;
import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.core.hygiene.HygieneRule;
import dev.fieldcrm.core.hygiene.OffenceTally;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard with 100k deals in the tenant (issue 7's benchmark), and the hygiene rules' throughput.
 *
 * <p>Dashboard: a tenant of {@code --reps} reps in {@code --teams} teams is seeded with what the dashboard reads —
 * twelve monthly aggregate items per rep (written by the app's {@link AggregateUpdate}, ~190 counters each, daily
 * activity and step counters included), one deal tally per rep whose counts add up to {@code --deals} deals, and one
 * hygiene tally per rep. The deal items themselves are not seeded: the dashboard never reads them (that is the point
 * of the tallies and aggregates). Then {@link DashboardService}, built as the API builds it
 * ({@code AnalyticsServices.onDynamo}), is called directly (no HTTP) by a manager for the team × 3 months and for one
 * of its reps × 3 months: {@code --warmup} calls, then {@code --n} timed calls, single-threaded. The floor: one
 * request's DynamoDB calls recorded by an SDK interceptor and sent again directly, {@code --n} times.
 *
 * <p>Hygiene: see {@link BenchHygiene}. DynamoDB Local runs in this JVM (in memory) and shares the machine's cores.
 */
public final class BenchDashboard {
    static final String TABLE = "fieldcrm-bench-dashboard";
    static final String TENANT = "bench";
    private static final int YEAR = 2026;
    private static final LocalDate FROM = LocalDate.of(YEAR, 9, 1);
    private static final LocalDate TO = LocalDate.of(YEAR, 11, 30);
    /** Counters per ADD transaction item: keeps each UpdateExpression well under DynamoDB's 4 KB. */
    private static final int COUNTERS_PER_UPDATE = 60;
    private static final List<String> SOURCES = List.of("website-form", "chat", "referral", "cold-call");

    private BenchDashboard() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchDigests.options(args);
        int reps = number(options, "reps", 200);
        int teams = number(options, "teams", 10);
        int deals = number(options, "deals", 100_000);
        int n = number(options, "n", 2000);
        int warmup = number(options, "warmup", 500);
        int changes = number(options, "changes", 2000);
        int evaluations = number(options, "evaluations", 1_000_000);
        Path out = Path.of(options.getOrDefault("out", "backend/bench/results"));

        LoadSampler load = new LoadSampler().start();
        BenchDigests.CallCounter calls = new BenchDigests.CallCounter();
        try (DynamoDbLocalServer server = DynamoDbLocalServer.inMemory();
             DynamoDbClient seeding = server.client();
             DynamoDbClient dynamo = server.client(List.of(calls))) {
            TableDesign.createIfMissing(seeding, TABLE);
            long seedStart = System.nanoTime();
            seed(seeding, reps, teams, deals);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            System.out.printf("[dashboard] seeded %d reps in %d teams (12 months of aggregates, tallies of %d deals) in %.1f s%n",
                    reps, teams, deals, seedSeconds);

            DashboardService dashboard = AnalyticsServices.onDynamo(dynamo, TABLE, Clock.systemUTC()).dashboard();
            Caller manager = new Caller(TENANT, "mgr0", Set.of(Role.MANAGER), "team0", ZoneOffset.UTC);
            List<Cell> cells = List.of(
                    cell("team × 3 months (manager, own team)", dashboard, manager,
                            new DashboardRequest(FROM, TO, "team0", null), dynamo, calls, n, warmup),
                    cell("rep × 3 months (manager names a rep of the team)", dashboard, manager,
                            new DashboardRequest(FROM, TO, null, "rep0"), dynamo, calls, n, warmup));

            BenchHygiene.Result hygiene = BenchHygiene.run(seeding, dynamo, calls, changes, evaluations);
            String report = report(reps, teams, deals, seedSeconds, n, warmup, cells, hygiene, Machine.describe(load));
            System.out.println(report);
            Files.createDirectories(out);
            Files.writeString(out.resolve("dashboard.md"), report);
        }
    }

    /** One measured request shape: its latency, its floor's and its DynamoDB calls per request. */
    private record Cell(String name, Percentiles request, Percentiles floor, Map<String, Long> callsPerRequest) {
    }

    private static Cell cell(String name, DashboardService dashboard, Caller caller, DashboardRequest request,
                             DynamoDbClient dynamo, BenchDigests.CallCounter calls, int n, int warmup) {
        for (int i = 0; i < warmup; i++) {
            dashboard.dashboard(caller, request);
        }
        calls.drain();
        calls.recording = true;
        dashboard.dashboard(caller, request);
        calls.recording = false;
        List<SdkRequest> recorded = calls.drain().stream().map(FloorRequests::replayable).toList();

        calls.reset();
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            dashboard.dashboard(caller, request);
            nanos[i] = System.nanoTime() - start;
        }
        Map<String, Long> perRequest = new LinkedHashMap<>();
        calls.snapshot().forEach((op, count) -> perRequest.put(op, count / n));

        for (int i = 0; i < warmup; i++) {
            recorded.forEach(r -> FloorRequests.send(dynamo, r));
        }
        long[] floor = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            recorded.forEach(r -> FloorRequests.send(dynamo, r));
            floor[i] = System.nanoTime() - start;
        }
        Cell cell = new Cell(name, Percentiles.of(nanos), Percentiles.of(floor), perRequest);
        System.out.printf("[dashboard] %s: p50 %d µs, p99 %d µs; floor p50 %d µs, p99 %d µs; calls %s%n", name,
                cell.request().p50Micros(), cell.request().p99Micros(), cell.floor().p50Micros(), cell.floor().p99Micros(),
                perRequest);
        return cell;
    }

    private static void seed(DynamoDbClient dynamo, int reps, int teams, int deals) {
        Clock clock = Clock.systemUTC();
        AggregateUpdate aggregates = new AggregateUpdate(new DynamoChangeWriter(dynamo, TABLE), clock);
        DynamoChangeWriter writer = new DynamoChangeWriter(dynamo, TABLE);
        List<Object> users = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            users.add(new User("mgr" + t, "Manager " + t, "mgr" + t + "@bench.example", Set.of(Role.MANAGER), "team" + t,
                    "UTC", "en", true, 1));
        }
        Pipeline clients = SalesDefaults.pipelines().getFirst();
        for (int r = 0; r < reps; r++) {
            String rep = "rep" + r;
            String team = "team" + (r % teams);
            users.add(new User(rep, "Rep " + r, rep + "@bench.example", Set.of(Role.REP), team, "UTC", "en", true, 1));
            seedAggregates(aggregates, rep, team, r, clients);
            int own = deals / reps + (r < deals % reps ? 1 : 0);
            ChangeSet tallies = new ChangeSet()
                    .count(new DealTally.Key(team, rep), dealTally(clients, rep, team, own, clock.instant()));
            Map<String, BigDecimal> offences = new HashMap<>();
            HygieneRule[] rules = HygieneRule.values();
            for (int k = 0; k < 6; k++) {
                offences.put(OffenceTally.counter(rules[(r + k) % rules.length].id()), BigDecimal.valueOf(1 + (r + k) % 9));
            }
            writer.apply(TENANT, tallies.count(new OffenceTally.Key(team, rep), offences));
        }
        new DynamoBulkLoader(dynamo, TABLE).put(TENANT, users);
    }

    /** Twelve months of one rep's counters, added through the app's aggregate engine in chunks of counters. */
    private static void seedAggregates(AggregateUpdate aggregates, String rep, String team, int r, Pipeline clients) {
        List<List<Map.Entry<String, BigDecimal>>> byMonth = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            byMonth.add(new ArrayList<>(monthCounters(YearMonth.of(YEAR, month), r, clients).entrySet()));
        }
        int longest = byMonth.stream().mapToInt(List::size).max().orElse(0);
        for (int from = 0, chunk = 0; from < longest; from += COUNTERS_PER_UPDATE, chunk++) {
            Map<AggregateKey, Map<String, BigDecimal>> deltas = new HashMap<>();
            for (int month = 1; month <= 12; month++) {
                List<Map.Entry<String, BigDecimal>> all = byMonth.get(month - 1);
                Map<String, BigDecimal> part = new HashMap<>();
                all.subList(Math.min(from, all.size()), Math.min(from + COUNTERS_PER_UPDATE, all.size()))
                        .forEach(e -> part.put(e.getKey(), e.getValue()));
                if (!part.isEmpty()) {
                    deltas.put(AggregateKey.of(YearMonth.of(YEAR, month), team, rep), part);
                }
            }
            aggregates.apply(TENANT, "seed-" + rep + "-" + chunk, "bench", deltas);
        }
    }

    /** A plausible month of one rep: funnel, sources, partners, losses, daily activity and steps, facts. */
    private static Map<String, BigDecimal> monthCounters(YearMonth month, int r, Pipeline clients) {
        Map<String, BigDecimal> c = new LinkedHashMap<>();
        int base = 20 + (r + month.getMonthValue()) % 15;
        c.put(AggregateNames.dealsCreated(clients.id()), n(base));
        for (Stage stage : clients.stages()) {
            c.put(AggregateNames.stageIn(clients.id(), stage.id()), n(base));
            c.put(AggregateNames.stageOut(clients.id(), stage.id()), n(base - 3));
            c.put(AggregateNames.stageTime(clients.id(), stage.id()), n((base - 3) * 3L * 86_400));
        }
        c.put(AggregateNames.WON_COUNT, n(base / 3));
        c.put(AggregateNames.wonAmount("RUB"), n(base / 3 * 150_000L));
        for (String source : SOURCES) {
            c.put(AggregateNames.sourceLeads(source), n(base));
            c.put(AggregateNames.sourceDeals(source), n(base / 2));
            c.put(AggregateNames.sourceWon(source), n(base / 6));
            c.put(AggregateNames.sourceWonAmount(source, "RUB"), n(base / 6 * 150_000L));
        }
        for (String partner : List.of("P1", "P2")) {
            c.put(AggregateNames.partnerDeals(partner), n(3));
            c.put(AggregateNames.partnerWon(partner), n(1));
            c.put(AggregateNames.partnerWonAmount(partner, "RUB"), n(90_000));
        }
        c.put(AggregateNames.lost(clients.id(), "proposal-sent", "price"), n(base / 5));
        c.put(AggregateNames.lost(clients.id(), "negotiation", "competitor"), n(base / 7 + 1));
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            c.put(AggregateNames.activity(day, InteractionType.CALL), n(8));
            c.put(AggregateNames.activity(day, InteractionType.MEETING), n(2));
            c.put(AggregateNames.activity(day, InteractionType.EMAIL), n(5));
            c.put(AggregateNames.stepsPlanned(day), n(6));
            c.put(AggregateNames.stepsDone(day), n(5));
            c.put(AggregateNames.stepsOverdue(day), n(1));
        }
        c.put(AggregateNames.FACT_NEW_CLIENTS, n(4));
        c.put(AggregateNames.FACT_VISITS, n(12));
        c.put(AggregateNames.FACT_ORDERS_COUNT, n(9));
        c.put(AggregateNames.ordersAmount("RUB"), n(640_000));
        c.put(AggregateNames.paid("RUB"), n(510_000));
        return c;
    }

    /**
     * One rep's deal tally for {@code deals} deals spread over the clients pipeline's stages, named exactly as a deal
     * write names them ({@link DealTally#deltas}: one sample deal per stage, its counters times the stage's count).
     */
    private static Map<String, BigDecimal> dealTally(Pipeline clients, String rep, String team, int deals, Instant now) {
        List<Stage> stages = clients.stages();
        Map<String, BigDecimal> counters = new HashMap<>();
        int left = deals;
        for (int s = 0; s < stages.size(); s++) {
            int count = s == stages.size() - 1 ? left : deals / stages.size();
            left -= count;
            Stage stage = stages.get(s);
            Deal sample = new Deal("sample", null, null, rep, team, "Sample", new Money(new BigDecimal("120000"), "RUB"),
                    null, null, null, null, null, null, null, clients.id(), stage.id(), now, DealStatus.of(stage.kind()),
                    null, null, null, null, false, now, rep, now, rep, 1);
            BigDecimal times = BigDecimal.valueOf(count);
            DealTally.deltas(null, sample).values().forEach(one ->
                    one.forEach((name, value) -> counters.merge(name, value.multiply(times), BigDecimal::add)));
        }
        return counters;
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    private static String report(int reps, int teams, int deals, double seedSeconds, int n, int warmup, List<Cell> cells,
                                 BenchHygiene.Result hygiene, String machine) {
        StringBuilder md = new StringBuilder();
        md.append("## Dashboard with ").append(deals).append(" deals, and hygiene rule throughput (issue 7)\n\n");
        md.append(machine).append("\n\n");
        md.append(String.format(Locale.ROOT, "Seeded in %.1f s: %d reps in %d teams, 12 monthly aggregate items per rep "
                + "(AggregateUpdate), one deal tally per rep (counts summing to %d deals), one hygiene tally per rep. "
                + "Deal items are not seeded: the dashboard never reads them.%n%n", seedSeconds, reps, teams, deals));
        md.append(String.format(Locale.ROOT, "DashboardService called directly (no HTTP), single-threaded, %d timed calls after "
                + "%d warm-up; floor = one request's recorded DynamoDB calls sent again directly.%n%n", n, warmup));
        md.append("| request | p50 | p99 | p99.9 | mean | floor p50 | floor p99 | floor p99.9 | DynamoDB calls per request |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Cell cell : cells) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", cell.name(),
                    ms(cell.request().p50Micros()), ms(cell.request().p99Micros()), ms(cell.request().p999Micros()),
                    ms(cell.request().meanMicros()), ms(cell.floor().p50Micros()), ms(cell.floor().p99Micros()),
                    ms(cell.floor().p999Micros()), cell.callsPerRequest()));
        }
        md.append("\n").append(hygiene.markdown());
        return md.toString();
    }

    static String ms(long micros) {
        return String.format(Locale.ROOT, "%.2f ms", micros / 1000.0);
    }
}
