package dev.fieldcrm.bench;

import dev.fieldcrm.core.dynamo.DynamoBulkLoader;
import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The benchmark driver (see backend/bench/run.sh): DynamoDB Local in this JVM; the function, its floor and
 * the cold starts in child JVMs built from the unzipped function.zip files; results in the output directory.
 */
public final class BenchRun {
    static final String TABLE = "fieldcrm-bench";
    private static final int CLIENTS_PER_REP = 500;
    private static final int AGENDA_STEPS = 20;
    private static final int LOG_CLIENTS = 16;
    private static final int MOVE_DEALS = 16;
    private static final int RECEIVABLE_INVOICES = 8;
    /** Clients of the sales operations: one per deal rep, one for orders, one with receivables. */
    private static final int SALES_CLIENTS = 4;

    private final Settings settings;
    private final Results results;

    record Settings(Path out, Path functionZip, Path helloZip, Path probeClasses, int bigReps, int warmup, int n1,
                    int n16, int coldRuns) {
        static Settings from(String[] args) {
            Map<String, String> a = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                a.put(args[i], args[i + 1]);
            }
            return new Settings(Path.of(a.get("--out")), Path.of(a.get("--function-zip")), Path.of(a.get("--hello-zip")),
                    Path.of(a.get("--probe-classes")), Integer.parseInt(a.getOrDefault("--big-reps", "200")),
                    Integer.parseInt(a.getOrDefault("--warmup", "1000")), Integer.parseInt(a.getOrDefault("--n1", "2000")),
                    Integer.parseInt(a.getOrDefault("--n16", "3200")), Integer.parseInt(a.getOrDefault("--cold-runs", "5")));
        }
    }

    private BenchRun(Settings settings) {
        this.settings = settings;
        this.results = new Results(settings.out());
    }

    public static void main(String[] args) throws Exception {
        new BenchRun(Settings.from(args)).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(settings.out());
        for (String f : List.of("latency.csv", "accounting.csv", "coldstart.csv", "facts.csv")) {
            Files.deleteIfExists(settings.out().resolve(f));
        }
        Path work = Files.createTempDirectory("fieldcrm-bench-");
        Path function = unzip(settings.functionZip(), work.resolve("function"));
        Path hello = unzip(settings.helloZip(), work.resolve("hello"));
        results.fact("function_zip_bytes", Files.size(settings.functionZip()));
        results.fact("hello_zip_bytes", Files.size(settings.helloZip()));

        try (DynamoDbLocalServer server = DynamoDbLocalServer.inMemory(); DynamoDbClient dynamo = client(server)) {
            TableDesign.createIfMissing(dynamo, TABLE);
            // The function needs its public-link secret (unsubscribe and survey links) to start.
            Map<String, String> env = Map.of("FIELDCRM_TABLE", TABLE, "FIELDCRM_DYNAMODB_ENDPOINT",
                    server.endpoint().toString(), "AWS_REGION", "eu-central-1",
                    "FIELDCRM_NOTIFY_LINK_SECRET", "fieldcrm-bench-link-secret-not-for-production");
            Clock clock = Clock.systemUTC();
            BenchTenant tenant = new BenchTenant(dynamo, TABLE, clock);
            BulkClients bulk = new BulkClients(new DynamoBulkLoader(dynamo, TABLE), clock);

            progress("seeding the 1k tenant through the use cases and BatchWriteItem");
            long t0 = System.nanoTime();
            tenant.saveUsers(settings.bigReps());
            List<String> agendaClients = tenant.clientsWithStepsDueToday(BenchTenant.rep(0), BenchTenant.team(0), AGENDA_STEPS, 1);
            List<String> logClients = tenant.clientsWithStepsDueToday(BenchTenant.LOG_REP, BenchTenant.team(0), 2 * LOG_CLIENTS, 101);
            long ts = System.nanoTime();
            BenchSales sales = new BenchSales(dynamo, TABLE, clock);
            sales.users();
            List<String> skus = sales.catalog();
            String dealClient = sales.client(BenchSales.SALES_REP, 501);
            String floorDealClient = sales.client(BenchSales.SALES_FLOOR_REP, 502);
            List<String> moveDeals = sales.deals(BenchSales.SALES_REP, dealClient, MOVE_DEALS);
            List<String> floorMoveDeals = sales.deals(BenchSales.SALES_FLOOR_REP, floorDealClient, MOVE_DEALS);
            String orderClient = sales.client(BenchSales.SALES_REP, 503);
            String receivablesClient = sales.client(BenchSales.SALES_REP, 504);
            sales.receivables(BenchSales.SALES_REP, receivablesClient, skus, RECEIVABLE_INVOICES);
            results.fact("seed_sales_ms", (System.nanoTime() - ts) / 1_000_000);
            long useCaseMillis = (System.nanoTime() - t0) / 1_000_000;
            results.fact("seed_use_case_clients", AGENDA_STEPS + 2 * LOG_CLIENTS + SALES_CLIENTS);
            results.fact("seed_use_case_ms", useCaseMillis);
            long t1 = System.nanoTime();
            bulk.write(0, 1, CLIENTS_PER_REP - AGENDA_STEPS, 1_000_000);
            bulk.write(1, 2, CLIENTS_PER_REP, 1_000_000);
            int smallClients = 2 * LOG_CLIENTS + 2 * CLIENTS_PER_REP + SALES_CLIENTS;
            results.fact("tenant_small_clients", smallClients);
            results.fact("seed_bulk_small_ms", (System.nanoTime() - t1) / 1_000_000);

            Properties plan = new Properties();
            plan.setProperty("rep", BenchTenant.rep(0));
            plan.setProperty("repTeam", BenchTenant.team(0));
            plan.setProperty("cardClient", agendaClients.get(0));
            plan.setProperty("logRep", BenchTenant.LOG_REP);
            plan.setProperty("logRepTeam", BenchTenant.team(0));
            plan.setProperty("logClients", String.join(",", logClients.subList(0, LOG_CLIENTS)));
            plan.setProperty("floorLogClients", String.join(",", logClients.subList(LOG_CLIENTS, 2 * LOG_CLIENTS)));
            plan.setProperty("salesRep", BenchSales.SALES_REP);
            plan.setProperty("salesFloorRep", BenchSales.SALES_FLOOR_REP);
            plan.setProperty("salesTeam", BenchTenant.team(0));
            plan.setProperty("moveDeals", String.join(",", moveDeals));
            plan.setProperty("floorMoveDeals", String.join(",", floorMoveDeals));
            plan.setProperty("orderClient", orderClient);
            plan.setProperty("orderSkus", String.join(",", skus.subList(0, 20)));
            plan.setProperty("receivablesClient", receivablesClient);
            plan.setProperty("warmup", Integer.toString(settings.warmup()));
            plan.setProperty("n1", Integer.toString(settings.n1()));
            plan.setProperty("n16", Integer.toString(settings.n16()));
            latency(function, env, plan, "small", "agenda,card,log,move,order20,receivables");

            progress("growing the tenant to " + settings.bigReps() * CLIENTS_PER_REP + " clients (BatchWriteItem)");
            long t2 = System.nanoTime();
            bulk.write(2, settings.bigReps(), CLIENTS_PER_REP, 1_000_000);
            long growMillis = (System.nanoTime() - t2) / 1_000_000;
            int bigClients = smallClients + (settings.bigReps() - 2) * CLIENTS_PER_REP;
            results.fact("tenant_big_clients", bigClients);
            results.fact("seed_bulk_big_ms", growMillis);
            results.fact("seed_bulk_big_items", (long) (settings.bigReps() - 2) * CLIENTS_PER_REP * 3);
            progress("grown in " + growMillis / 1000 + " s");
            latency(function, env, plan, "big", "agenda,card,receivables");

            coldStarts(function, hello, env, work);
        }
        results.writeReport();
        progress("done: " + settings.out().resolve("latest.md"));
    }

    private void latency(Path function, Map<String, String> env, Properties plan, String scenario, String operations)
            throws Exception {
        progress("latency, " + scenario + " tenant: " + operations + " (API through QuarkusStreamHandler, then floor)");
        plan.setProperty("scenario", scenario);
        plan.setProperty("operations", operations);
        Path planFile = settings.out().resolve("plan-" + scenario + ".properties");
        try (var w = Files.newBufferedWriter(planFile)) {
            plan.store(w, "written by BenchRun");
        }
        Path interceptorRegistration = registration(settings.out().resolve("probe-registration"));
        List<String> command = ChildJvm.command(ChildJvm.LAMBDA_FLAGS, function,
                List.of(settings.probeClasses(), interceptorRegistration), LatencyProbe.class.getName(),
                planFile.toString(), settings.out().toString());
        ChildJvm.run(ChildJvm.builder(command, env), "[probe]", settings.out().resolve("probe-" + scenario + ".log"));
        Files.deleteIfExists(planFile);
    }

    /** The SDK finds global interceptors through this classpath file; only the latency probe's JVM gets it. */
    private static Path registration(Path dir) throws IOException {
        Path file = dir.resolve("software/amazon/awssdk/global/handlers/execution.interceptors");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SdkCallProbe.class.getName() + "\n");
        return dir;
    }

    private void coldStarts(Path function, Path hello, Map<String, String> env, Path work) throws Exception {
        Path fieldcrmEvent = work.resolve("agenda-event.json");
        Files.write(fieldcrmEvent, HttpApiEvent.get("/api/v1/agenda", Map.of("sub", BenchTenant.rep(0),
                "custom:tenant", BenchTenant.TENANT, "cognito:groups", "[rep]", "custom:team", BenchTenant.team(0),
                "zoneinfo", "Europe/Moscow")));
        Path helloEvent = work.resolve("hello-event.json");
        Files.write(helloEvent, HttpApiEvent.get("/hello", null));
        Map<String, List<String>> flagSets = new LinkedHashMap<>();
        flagSets.put("lambda-like", ChildJvm.LAMBDA_FLAGS);
        flagSets.put("jvm-defaults", List.of());
        for (var flags : flagSets.entrySet()) {
            progress("cold init x" + settings.coldRuns() + " each, flags " + flags.getKey());
            for (int run = 0; run < settings.coldRuns(); run++) {
                cold("fieldcrm", flags, function, fieldcrmEvent, env);
                cold("hello", flags, hello, helloEvent, env);
            }
        }
    }

    private void cold(String name, Map.Entry<String, List<String>> flags, Path taskDir, Path event,
                      Map<String, String> env) throws Exception {
        List<String> command = ChildJvm.command(flags.getValue(), taskDir, List.of(settings.probeClasses()),
                ColdStartProbe.class.getName(), event.toString());
        ChildJvm.Answer answer = ChildJvm.timeToMarker(ChildJvm.builder(command, env), ColdStartProbe.MARKER);
        if (!answer.line().contains("status=200")) {
            throw new IllegalStateException(name + " answered its first event with: " + answer.line());
        }
        results.cold(name, flags.getKey(), answer.millis(), answer.line());
    }

    private static Path unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                }
            }
        }
        return target;
    }

    static DynamoDbClient client(DynamoDbLocalServer server) {
        return DynamoDbClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    private static void progress(String message) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), message);
    }

}
