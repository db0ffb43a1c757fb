package dev.fieldcrm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold starts of every Lambda handler FieldCRM deploys (iac FieldCrmStack: the api function; the worker's stream,
 * schedule and ses-notifications handlers, one function.zip chosen by QUARKUS_LAMBDA_HANDLER) next to the bare
 * Quarkus hello function: lambda-like flags, then with AppCDS and with the JDK's AOT cache, each made by a training
 * run. Runs of the functions alternate, so drifting load falls on all of them.
 */
final class ColdStartRuns {
    private record Function(String name, Path taskDir, Path event, Map<String, String> env, boolean http, boolean cds) {
    }

    private final ColdStarts cold;
    private final E2eResults results;
    private final Path work;
    private final int runs;

    ColdStartRuns(Path probeClasses, E2eResults results, Path work, int runs) {
        this.cold = new ColdStarts(probeClasses);
        this.results = results;
        this.work = work;
        this.runs = runs;
    }

    void all(Path api, Path worker, Path hello, Map<String, String> apiEnv) throws Exception {
        List<Function> functions = new ArrayList<>();
        functions.add(new Function("api", api, event("api", HttpApiEvent.get("/api/v1/agenda", Map.of("sub", BenchTenant.rep(0),
                "custom:tenant", BenchTenant.TENANT, "cognito:groups", "[rep]", "custom:team", BenchTenant.team(0),
                "zoneinfo", "Europe/Moscow"))), apiEnv, true, true));
        functions.add(new Function("worker-stream", worker, event("stream", "{\"Records\":[]}".getBytes()),
                workerEnv(apiEnv, "stream"), false, true));
        functions.add(new Function("worker-schedule", worker, event("schedule", ("{\"version\":\"0\",\"id\":\"bench\","
                + "\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\",\"account\":\"000000000000\","
                + "\"time\":\"" + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + "\","
                + "\"region\":\"eu-central-1\",\"resources\":[],\"detail\":{}}").getBytes()),
                workerEnv(apiEnv, "schedule"), false, false));
        functions.add(new Function("worker-ses-notifications", worker, event("ses", "{\"Records\":[]}".getBytes()),
                workerEnv(apiEnv, "ses-notifications"), false, false));
        functions.add(new Function("hello", hello, event("hello", HttpApiEvent.get("/hello", null)), apiEnv, true, true));

        Map<String, Map<Function, List<String>>> variants = new LinkedHashMap<>();
        variants.put("lambda-like", new LinkedHashMap<>());
        functions.forEach(f -> variants.get("lambda-like").put(f, ChildJvm.LAMBDA_FLAGS));
        for (String kind : List.of("appcds", "aot-cache")) {
            BenchRun.progress("cold starts: training runs for " + kind);
            Map<Function, List<String>> flags = new LinkedHashMap<>();
            for (Function f : functions) {
                if (f.cds()) {
                    flags.put(f, cold.trained(kind, f.name(), ChildJvm.LAMBDA_FLAGS, f.taskDir(), f.event(), f.env(), f.http(),
                            work.resolve(f.name() + "-" + kind + ".jsa")));
                }
            }
            variants.put(kind, flags);
        }
        for (var variant : variants.entrySet()) {
            BenchRun.progress("cold starts x" + runs + ", " + variant.getKey());
            for (int run = 0; run < runs; run++) {
                for (var f : variant.getValue().entrySet()) {
                    ChildJvm.Answer answer = cold.once(f.getKey().name(), f.getValue(), f.getKey().taskDir(), f.getKey().event(),
                            f.getKey().env(), f.getKey().http());
                    results.cold(f.getKey().name(), variant.getKey(), answer.millis(), answer.line());
                }
            }
        }
    }

    /**
     * The worker's environment as FieldCrmStack sets it (placeholder bucket, queue and addresses: the handlers' first
     * events here send nothing), with the handler chosen; the SDK's clients find (dummy) credentials in the
     * environment, as on Lambda.
     */
    private static Map<String, String> workerEnv(Map<String, String> apiEnv, String handler) {
        Map<String, String> env = new HashMap<>(apiEnv);
        env.putAll(Map.of("QUARKUS_LAMBDA_HANDLER", handler, "FIELDCRM_NOTIFY_MODE", "aws",
                "FIELDCRM_AWS_SES_FROM_ADDRESS", "bench@fieldcrm.example",
                "FIELDCRM_NOTIFY_DEAD_LETTER_QUEUE_URL", "https://sqs.eu-central-1.amazonaws.com/000000000000/bench-parked",
                "FIELDCRM_FILES_BUCKET", "fieldcrm-bench-files", "FIELDCRM_PUBLIC_BASE_URL", "https://bench.fieldcrm.example",
                "FIELDCRM_AWS_SES_CONFIGURATION_SET", "bench", "FIELDCRM_AWS_SNS_SMS_SENDER_ID", "FieldCRM",
                "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local"));
        return env;
    }

    private Path event(String name, byte[] json) throws java.io.IOException {
        Path file = work.resolve(name + "-event.json");
        Files.write(file, json);
        return file;
    }
}
