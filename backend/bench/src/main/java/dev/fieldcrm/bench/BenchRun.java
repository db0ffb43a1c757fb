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
    /** Workers at c=16 each log on a client and move a deal of their own. */
    private static final int LOG_CLIENTS = 16;

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
            Map<String, String> env = functionEnv(server);
            Clock clock = Clock.systemUTC();
            BulkClients bulk = new BulkClients(new DynamoBulkLoader(dynamo, TABLE), clock);

            progress("seeding the 1k tenant through the use cases and BatchWriteItem");
            Properties plan = MeasuredData.seed(dynamo, TABLE, clock, settings.bigReps(), LOG_CLIENTS, results::fact);
            long t1 = System.nanoTime();
            bulk.write(0, 1, CLIENTS_PER_REP - MeasuredData.AGENDA_STEPS, 1_000_000);
            bulk.write(1, 2, CLIENTS_PER_REP, 1_000_000);
            int smallClients = MeasuredData.clients(LOG_CLIENTS) - MeasuredData.AGENDA_STEPS + 2 * CLIENTS_PER_REP;
            results.fact("tenant_small_clients", smallClients);
            results.fact("seed_bulk_small_ms", (System.nanoTime() - t1) / 1_000_000);

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
        new ProbeRuns(settings.out(), settings.probeClasses(), function, env).run(plan, scenario, operations);
    }

    /** The SDK finds global interceptors through this classpath file; only the latency probe's JVM gets it. */
    static Path registration(Path dir) throws IOException {
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
        ChildJvm.Answer answer = new ColdStarts(settings.probeClasses()).once(name, flags.getValue(), taskDir, event, env, true);
        results.cold(name, flags.getKey(), answer.millis(), answer.line());
    }

    static Path unzip(Path zip, Path target) throws IOException {
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

    /** The function's environment: the table, DynamoDB Local, and its public-link secret (needed to start). */
    static Map<String, String> functionEnv(DynamoDbLocalServer server) {
        return Map.of("FIELDCRM_TABLE", TABLE, "FIELDCRM_DYNAMODB_ENDPOINT", server.endpoint().toString(),
                "AWS_REGION", "eu-central-1", "FIELDCRM_NOTIFY_LINK_SECRET", "fieldcrm-bench-link-secret-not-for-production");
    }

    static DynamoDbClient client(DynamoDbLocalServer server) {
        return DynamoDbClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    static void progress(String message) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), message);
    }

}
