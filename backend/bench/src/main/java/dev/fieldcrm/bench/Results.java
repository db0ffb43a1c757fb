package dev.fieldcrm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects the raw results (CSV files the driver and the probes append to) and turns them into latest.md and
 * results.json. Every target verdict is computed here from the numbers, never written by hand.
 */
final class Results {
    private final Path out;
    private final Map<String, Long> facts = new LinkedHashMap<>();
    private final LoadSampler load = new LoadSampler().start();

    Results(Path out) {
        this.out = out;
    }

    void fact(String name, long value) {
        facts.put(name, value);
        append("facts.csv", name + "," + value);
    }

    void cold(String function, String flags, double millis, String line) {
        append("coldstart.csv", String.join(",", function, flags, String.format(Locale.ROOT, "%.1f", millis), line.replace(',', ' ')));
    }

    private void append(String file, String line) {
        Csv.append(out.resolve(file), line);
    }

    // --- report --------------------------------------------------------------------------------------------

    private record Cell(String scenario, String op, String path, int c, int n, long p50, long p99, long p999, long mean,
                       long max, int errors) {
    }

    void writeReport() throws IOException {
        List<Cell> cells = read("latency.csv").stream().map(f -> new Cell(f.get(0), f.get(1), f.get(2),
                Integer.parseInt(f.get(3)), Integer.parseInt(f.get(4)), Long.parseLong(f.get(5)), Long.parseLong(f.get(6)),
                Long.parseLong(f.get(7)), Long.parseLong(f.get(8)), Long.parseLong(f.get(9)), Integer.parseInt(f.get(10)))).toList();
        StringBuilder md = new StringBuilder();
        StringBuilder json = new StringBuilder("{\n");
        md.append("## Machine\n\n").append(Machine.describe(load)).append("\n\n");

        md.append("## Latency: API (QuarkusStreamHandler, API Gateway v2 events) vs floor (same DynamoDB requests, SDK only)\n\n");
        md.append("Tenant with ").append(facts.get("tenant_small_clients")).append(" clients. Microseconds. ")
                .append("Overhead = API − floor of the same percentile. Target: ≤ 1000 µs at p50 and ≤ 5000 µs at p99.\n\n");
        md.append("| operation | c | n | API p50 | API p99 | API p99.9 | floor p50 | floor p99 | overhead p50 | overhead p99 | target | errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        json.append("  \"latency\": [\n");
        String sep = "";
        for (Cell api : cells) {
            json.append(sep).append(String.format(Locale.ROOT,
                    "    {\"scenario\":\"%s\",\"operation\":\"%s\",\"path\":\"%s\",\"concurrency\":%d,\"n\":%d,\"p50_us\":%d,\"p99_us\":%d,\"p999_us\":%d,\"mean_us\":%d,\"max_us\":%d,\"errors\":%d}",
                    api.scenario, api.op, api.path, api.c, api.n, api.p50, api.p99, api.p999, api.mean, api.max, api.errors));
            sep = ",\n";
            if (!api.scenario.equals("small") || !api.path.equals("api")) {
                continue;
            }
            Cell floor = find(cells, "small", api.op, "floor", api.c);
            long o50 = api.p50 - floor.p50;
            long o99 = api.p99 - floor.p99;
            md.append(String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s | %d |%n", api.op, api.c, api.n,
                    api.p50, api.p99, api.p999, floor.p50, floor.p99, o50, o99,
                    o50 <= 1000 && o99 <= 5000 ? "met" : "**missed**", api.errors + floor.errors));
        }
        json.append("\n  ],\n");
        md.append("\nPer request at c=1, the function's wall time minus the time spent inside its own SDK calls ")
                .append("(measured by an SDK interceptor around each call; µs):\n\n| operation | p50 | p99 | p99.9 | target |\n|---|---|---|---|---|\n");
        for (Cell own : cells) {
            if (own.scenario.equals("small") && own.path.equals("api-own-sdk-time-removed")) {
                md.append(String.format("| %s | %d | %d | %d | %s |%n", own.op, own.p50, own.p99, own.p999,
                        own.p50 <= 1000 && own.p99 <= 5000 ? "met" : "**missed**"));
            }
        }

        md.append("\n## DynamoDB calls and consumed capacity per operation\n\n")
                .append("One call of each, with ReturnConsumedCapacity=TOTAL added by the probe's interceptor; capacity as DynamoDB Local reports it.\n\n")
                .append("| scenario | operation | path | calls | requests | capacity units |\n|---|---|---|---|---|---|\n");
        for (List<String> f : read("accounting.csv")) {
            md.append("| ").append(String.join(" | ", f.subList(0, 6))).append(" |\n");
        }

        md.append("\n## Agenda: 1k vs 100k clients in the tenant\n\n")
                .append("Same rep, same agenda (").append(20).append(" steps due today or overdue, ")
                .append("500 clients of that rep); the rest of the tenant grew from ").append(facts.get("tenant_small_clients"))
                .append(" to ").append(facts.get("tenant_big_clients")).append(" clients (card and receivables: the same client, read by its own rep). Target: growth ≤ 1.2×.\n\n")
                .append("| operation | c | p50 small | p50 big | × p50 | p99 small | p99 big | × p99 | target (p50) |\n|---|---|---|---|---|---|---|---|---|\n");
        json.append("  \"growth\": [\n");
        sep = "";
        for (String op : List.of("agenda", "card", "receivables")) {
            for (int c : new int[]{1, 16}) {
                Cell small = find(cells, "small", op, "api", c);
                Cell big = find(cells, "big", op, "api", c);
                if (small == null || big == null) {
                    continue;
                }
                double r50 = (double) big.p50 / small.p50;
                double r99 = (double) big.p99 / small.p99;
                md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %d | %d | %.2f | %s |%n", op, c, small.p50,
                        big.p50, r50, small.p99, big.p99, r99, r50 <= 1.2 ? "met" : "**missed**"));
                json.append(sep).append(String.format(Locale.ROOT, "    {\"operation\":\"%s\",\"concurrency\":%d,\"p50_ratio\":%.3f,\"p99_ratio\":%.3f}", op, c, r50, r99));
                sep = ",\n";
            }
        }
        json.append("\n  ],\n");
        md.append(String.format(Locale.ROOT, "%nSeeding: %d clients through the use cases in %.1f s; %d + %d clients with BatchWriteItem in %.1f s (small) and %.1f s (growth, %d items).%n",
                facts.get("seed_use_case_clients"), facts.get("seed_use_case_ms") / 1000.0,
                facts.get("tenant_small_clients") - facts.get("seed_use_case_clients"),
                facts.get("tenant_big_clients") - facts.get("tenant_small_clients"),
                facts.get("seed_bulk_small_ms") / 1000.0, facts.get("seed_bulk_big_ms") / 1000.0, facts.get("seed_bulk_big_items")));

        md.append("\n## Cold init: JVM start → first event answered\n\n")
                .append("A fresh JVM per run on the unzipped function.zip (task dir + lib/*), QuarkusStreamHandler, one event ")
                .append("(FieldCRM: GET /api/v1/agenda, a real DynamoDB Query; hello: GET /hello). Milliseconds. Target: FieldCRM ≤ 1.3× hello.\n\n")
                .append("| flags | FieldCRM median | min | max | hello median | min | max | ratio (medians) | target |\n|---|---|---|---|---|---|---|---|---|\n");
        Map<String, Map<String, List<Double>>> cold = new LinkedHashMap<>();
        for (List<String> f : read("coldstart.csv")) {
            cold.computeIfAbsent(f.get(1), k -> new LinkedHashMap<>()).computeIfAbsent(f.get(0), k -> new ArrayList<>())
                    .add(Double.parseDouble(f.get(2)));
        }
        json.append("  \"cold\": [\n");
        sep = "";
        for (var flags : cold.entrySet()) {
            double[] app = sorted(flags.getValue().get("fieldcrm"));
            double[] bare = sorted(flags.getValue().get("hello"));
            double ratio = median(app) / median(bare);
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f | %s |%n", flags.getKey(),
                    median(app), app[0], app[app.length - 1], median(bare), bare[0], bare[bare.length - 1], ratio,
                    ratio <= 1.3 ? "met" : "**missed**"));
            json.append(sep).append(String.format(Locale.ROOT, "    {\"flags\":\"%s\",\"fieldcrm_ms\":%s,\"hello_ms\":%s,\"ratio_of_medians\":%.3f}",
                    flags.getKey(), Arrays.toString(app), Arrays.toString(bare), ratio));
            sep = ",\n";
        }
        json.append("\n  ],\n");

        long zip = facts.get("function_zip_bytes");
        long helloZip = facts.get("hello_zip_bytes");
        md.append(String.format(Locale.ROOT, "%n## Package size%n%n| function.zip | bytes | MB (10^6) | MiB | target ≤ 25 MB |%n|---|---|---|---|---|%n"
                        + "| FieldCRM | %d | %.2f | %.2f | %s |%n| hello | %d | %.2f | %.2f | |%n", zip, zip / 1e6, zip / 1048576.0,
                zip <= 25_000_000 ? "met" : "**missed**", helloZip, helloZip / 1e6, helloZip / 1048576.0));
        json.append("  \"facts\": {");
        sep = "";
        for (var f : facts.entrySet()) {
            json.append(sep).append('"').append(f.getKey()).append("\":").append(f.getValue());
            sep = ", ";
        }
        json.append("}\n}\n");
        Files.writeString(out.resolve("latest.md"), md.toString());
        Files.writeString(out.resolve("results.json"), json.toString());
    }

    private static Cell find(List<Cell> cells, String scenario, String op, String path, int c) {
        return cells.stream().filter(x -> x.scenario.equals(scenario) && x.op.equals(op) && x.path.equals(path) && x.c == c)
                .findFirst().orElse(null);
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    static double median(double[] sorted) {
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private List<List<String>> read(String file) throws IOException {
        return Csv.read(out.resolve(file));
    }
}
