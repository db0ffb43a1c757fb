package dev.fieldcrm.bench;

import dev.fieldcrm.core.dynamo.DynamoBulkLoader;
import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The end-to-end benchmark (backend/bench/run-e2e.sh): a mixed workload at concurrency 1, 16 and 64 next to its
 * floor; latency of the read operations as the tenant grows (1k, 100k, optionally 1M clients); a small tenant
 * measured alone and while a big one runs the mixed workload at c=64; cold starts of every Lambda handler with and
 * without class-data sharing; function sizes; a report and a plot. Reuses the API benchmark's machinery (seeding,
 * {@link LatencyProbe} in a JVM on the unzipped function.zip, floors by replay, {@link SdkCallProbe} accounting).
 */
public final class BenchE2e {
    static final String SMALL_TENANT = "small";
    static final int CLIENTS_PER_REP = 500;
    /** One client to log on and one deal to move per worker at the highest concurrency. */
    static final int WORKERS = 64;
    /**
     * Calls per hundred of a field team's working day (docs/benchmarks.md, "The mix"): reads dominate (cards,
     * search, the phone's pulls), then logging; deals, orders, leads and the manager's dashboard are rarer.
     */
    static final String WEIGHTS = "card:30,search:15,log:15,sync:12,agenda:10,lead:6,move:5,dashboard:4,order20:3";
    private static final String MIXED = "agenda,card,search,log,move,order20,lead,sync,dashboard";
    private static final String SCALING = "agenda,card,search,dashboard";

    private final Map<String, String> a;
    private final Path out;
    private final E2eResults results;

    private BenchE2e(Map<String, String> options) {
        this.a = options;
        this.out = Path.of(options.get("--out"));
        this.results = new E2eResults(out);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        new BenchE2e(options).run();
        System.exit(0);
    }

    private int number(String name, int fallback) {
        return Integer.parseInt(a.getOrDefault(name, Integer.toString(fallback)));
    }

    private void run() throws Exception {
        if (a.getOrDefault("--phases", "").equals("report")) {
            // The report (e2e.md, the plot) written again from an earlier run's CSV files in --out.
            results.loadFacts();
            results.writeReport(a);
            return;
        }
        long began = System.nanoTime();
        results.clear();
        Path work = Files.createTempDirectory("fieldcrm-e2e-");
        Path function = BenchRun.unzip(Path.of(a.get("--function-zip")), work.resolve("api"));
        Path worker = BenchRun.unzip(Path.of(a.get("--worker-zip")), work.resolve("worker"));
        Path hello = BenchRun.unzip(Path.of(a.get("--hello-zip")), work.resolve("hello"));
        results.fact("api_zip_bytes", Files.size(Path.of(a.get("--function-zip"))));
        results.fact("worker_zip_bytes", Files.size(Path.of(a.get("--worker-zip"))));
        results.fact("hello_zip_bytes", Files.size(Path.of(a.get("--hello-zip"))));
        int reps = number("--reps", 200);
        int clientsMax = number("--clients-max", reps * CLIENTS_PER_REP);
        int history = number("--history", 10);
        int historyReps = number("--history-reps", 10);
        int threads = number("--seed-threads", 4);
        // Parts can be run alone (e.g. --phases cold); seeding is skipped when only the cold starts are asked for.
        java.util.Set<String> phases = java.util.Set.of(a.getOrDefault("--phases", "scaling,mixed,tenants,cold").split(","));

        try (DynamoDbLocalServer server = DynamoDbLocalServer.inMemory(); DynamoDbClient dynamo = BenchRun.client(server)) {
            TableDesign.createIfMissing(dynamo, BenchRun.TABLE);
            Map<String, String> env = new HashMap<>(BenchRun.functionEnv(server));
            // All the bench's leads come from one address: the per-address and per-form minute limits would refuse
            // them after 10 and 120, which is the limits working, not the path being measured.
            env.put("FIELDCRM_FORMS_RATE_PER_ADDRESS", "100000000");
            env.put("FIELDCRM_FORMS_RATE_PER_FORM", "100000000");
            ProbeRuns probes = new ProbeRuns(out, Path.of(a.get("--probe-classes")), function, env);
            Clock clock = Clock.systemUTC();
            DynamoBulkLoader loader = new DynamoBulkLoader(dynamo, BenchRun.TABLE);
            BulkClients bulk = new BulkClients(loader, clock, BenchTenant.TENANT, threads);
            BulkClients.Shape withHistory = new BulkClients.Shape(history, false);

            if (phases.equals(java.util.Set.of("cold"))) {
                coldStarts(work, function, worker, hello, env);
                results.fact("run_seconds", (System.nanoTime() - began) / 1_000_000_000);
                results.writeReport(a);
                return;
            }
            BenchRun.progress("seeding the measured users' data through the use cases (" + WORKERS + " workers' clients and deals)");
            Properties plan = MeasuredData.seed(dynamo, BenchRun.TABLE, clock, reps, WORKERS, results::fact);
            plan.putAll(mixPlan(dynamo));
            long t = System.nanoTime();
            bulk.write(0, 1, CLIENTS_PER_REP - MeasuredData.AGENDA_STEPS, 1_000_000, withHistory);
            bulk.write(1, 2, CLIENTS_PER_REP, 1_000_000, historyReps > 1 ? withHistory : BulkClients.Shape.FULL);
            long clients = MeasuredData.clients(WORKERS) - MeasuredData.AGENDA_STEPS + 2L * CLIENTS_PER_REP;
            results.seeded(size(clients), clients, System.nanoTime() - t);

            BenchRun.progress("seeding the small tenant '" + SMALL_TENANT + "' (1k clients)");
            Properties small = smallTenant(dynamo, clock, threads);

            if (phases.contains("scaling")) {
                scaling(probes, plan, size(clients), clients);
            }

            BenchRun.progress("growing the tenant to " + reps * CLIENTS_PER_REP + " clients (BatchWriteItem, " + threads + " threads)");
            t = System.nanoTime();
            int historyUpTo = Math.min(Math.max(historyReps, 2), reps);
            bulk.write(2, historyUpTo, CLIENTS_PER_REP, 1_000_000, withHistory);
            bulk.write(historyUpTo, reps, CLIENTS_PER_REP, 1_000_000);
            clients += (long) (reps - 2) * CLIENTS_PER_REP;
            results.seeded(size(clients), clients, System.nanoTime() - t);
            results.fact("interactions_in_bench_tenant", (long) reps * CLIENTS_PER_REP + (long) historyUpTo * CLIENTS_PER_REP * history);
            if (phases.contains("scaling")) {
                scaling(probes, plan, size(clients), clients);
            }

            BenchRun.progress("mixed workload at c=1, 16, 64 (weights " + WEIGHTS + ")");
            plan.setProperty("mode", "mixed");
            plan.setProperty("concurrencies", "1,16,64");
            plan.setProperty("warmup", a.getOrDefault("--warmup", "1000"));
            plan.setProperty("n1", a.getOrDefault("--n1", "2000"));
            plan.setProperty("n16", a.getOrDefault("--n16", "4000"));
            plan.setProperty("n64", a.getOrDefault("--n64", "6400"));
            if (phases.contains("mixed")) {
                probes.run(plan, "mixed", MIXED);
            }
            if (phases.contains("tenants")) {
                tenants(probes, plan, small);
            }
            if (clientsMax > clients && phases.contains("scaling")) {
                BenchRun.progress("growing the tenant to " + clientsMax + " clients (lean: the profile only)");
                t = System.nanoTime();
                int toRep = (int) Math.ceil((double) (clientsMax - clients) / CLIENTS_PER_REP) + reps;
                new BulkClients(loader, clock, BenchTenant.TENANT, threads).write(reps, toRep, CLIENTS_PER_REP, 1_000_000,
                        BulkClients.Shape.LEAN);
                clients += (long) (toRep - reps) * CLIENTS_PER_REP;
                results.seeded(size(clients), clients, System.nanoTime() - t);
                scaling(probes, plan, size(clients), clients);
            }

            if (phases.contains("cold")) {
                coldStarts(work, function, worker, hello, env);
            }
        }
        results.fact("run_seconds", (System.nanoTime() - began) / 1_000_000_000);
        results.writeReport(a);
        BenchRun.progress("done: " + out.resolve("e2e.md"));
    }

    private void coldStarts(Path work, Path function, Path worker, Path hello, Map<String, String> env) throws Exception {
        new ColdStartRuns(Path.of(a.get("--probe-classes")), results, work, number("--cold-runs", 3)).all(function, worker, hello, env);
    }

    /** The tenant's size as the scaling scenarios are named: thousands of clients, e.g. 1k, 100k, 1000k. */
    private static String size(long clients) {
        return Math.round(clients / 1000.0) + "k";
    }

    /** What the mixed workload's new operations need: the search prefix, the dashboard's months, the website form. */
    private static Properties mixPlan(DynamoDbClient dynamo) {
        Properties plan = new Properties();
        // rep-000's bulk clients are numbers 1,000,000 … 1,000,479: this prefix finds about a hundred of them.
        plan.setProperty("searchPrefix", "ООО «Клиент 10000");
        YearMonth month = YearMonth.now();
        plan.setProperty("dashboardFrom", month.minusMonths(2).atDay(1).toString());
        plan.setProperty("dashboardTo", month.atEndOfMonth().toString());
        plan.setProperty("formKey", BenchForms.contactForm(dynamo, BenchRun.TABLE, BenchTenant.TENANT).publicKey());
        plan.setProperty("formOrigin", BenchForms.ORIGIN);
        plan.setProperty("weights", WEIGHTS);
        return plan;
    }

    /** A second tenant of 1,000 clients: rep-000 with the same shape of agenda as the big tenant's, and 2 reps' bulk. */
    private Properties smallTenant(DynamoDbClient dynamo, Clock clock, int threads) throws Exception {
        BenchTenant tenant = new BenchTenant(dynamo, BenchRun.TABLE, clock, SMALL_TENANT);
        tenant.saveUsers(2);
        List<String> agenda = tenant.clientsWithStepsDueToday(BenchTenant.rep(0), BenchTenant.team(0), MeasuredData.AGENDA_STEPS, 1);
        BulkClients bulk = new BulkClients(new DynamoBulkLoader(dynamo, BenchRun.TABLE), clock, SMALL_TENANT, threads);
        bulk.write(0, 1, CLIENTS_PER_REP - MeasuredData.AGENDA_STEPS, 1_000_000);
        bulk.write(1, 2, CLIENTS_PER_REP, 1_000_000);
        Properties plan = new Properties();
        plan.setProperty("tenant", SMALL_TENANT);
        plan.setProperty("rep", BenchTenant.rep(0));
        plan.setProperty("repTeam", BenchTenant.team(0));
        plan.setProperty("cardClient", agenda.get(0));
        plan.setProperty("concurrencies", "1");
        plan.setProperty("warmup", a.getOrDefault("--warmup", "1000"));
        plan.setProperty("n1", a.getOrDefault("--tenant-n", "1000"));
        return plan;
    }

    /** The read operations at c=1 in the tenant as it is now (the mixed workload covers concurrency). */
    private void scaling(ProbeRuns probes, Properties plan, String size, long clients) throws Exception {
        BenchRun.progress("scaling: " + SCALING + " with " + clients + " clients in the tenant");
        Properties cells = (Properties) plan.clone();
        cells.setProperty("mode", "cells");
        cells.setProperty("concurrencies", "1");
        cells.setProperty("warmup", a.getOrDefault("--warmup", "1000"));
        cells.setProperty("n1", a.getOrDefault("--scale-n", "1000"));
        probes.run(cells, "scale-" + size, SCALING);
    }

    /**
     * The small tenant's agenda and card at c=1, alone and then while the big tenant runs the mixed workload at c=64
     * through the API in another function JVM (as another Lambda instance would). Both measurements include the
     * floor, under the same load, which separates what the shared CPU and DynamoDB Local cost from what FieldCRM does.
     */
    private void tenants(ProbeRuns probes, Properties plan, Properties small) throws Exception {
        BenchRun.progress("tenants: the small tenant alone");
        probes.run((Properties) small.clone(), "tenant-alone", "agenda,card");
        Path stop = out.resolve("background.stop");
        Files.deleteIfExists(stop);
        Files.deleteIfExists(Path.of(stop + ".running"));
        Properties load = (Properties) plan.clone();
        load.setProperty("mode", "background");
        load.setProperty("concurrencies", "64");
        load.setProperty("stopFile", stop.toString());
        BenchRun.progress("tenants: the big tenant's mixed load at c=64 starts");
        CompletableFuture<Void> background = CompletableFuture.runAsync(() -> {
            try {
                probes.run(load, "tenant-background", MIXED);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (!Files.exists(Path.of(stop + ".running"))) {
            if (background.isDone()) {
                background.join();
                throw new IllegalStateException("the background load ended before it started");
            }
            Thread.sleep(200);
        }
        BenchRun.progress("tenants: the small tenant under the big one's load");
        try {
            probes.run((Properties) small.clone(), "tenant-loaded", "agenda,card");
        } finally {
            Files.writeString(stop, "stop\n");
        }
        background.join();
        Files.deleteIfExists(stop);
        Files.deleteIfExists(Path.of(stop + ".running"));
    }
}
