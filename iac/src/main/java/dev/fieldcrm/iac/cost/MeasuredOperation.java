package dev.fieldcrm.iac.cost;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One API operation as the benchmark measured it (backend/bench/results, `small` tenant, through the real handler,
 * one request at a time; the operations only the end-to-end benchmark has — search, sync, lead, dashboard — from
 * backend/bench/results/e2e, `mixed` scenario at c=1): its DynamoDB request units and the function's wall time.
 *
 * @param readUnits  read request units (capacity DynamoDB reported for Query/GetItem/BatchGetItem)
 * @param writeUnits write request units (PutItem/UpdateItem/DeleteItem/TransactWriteItems; transactions count 2×)
 * @param calls      DynamoDB calls
 * @param p50Millis  the function's median wall time, DynamoDB Local's time included (slower than DynamoDB)
 */
public record MeasuredOperation(String name, double readUnits, double writeUnits, int calls, double p50Millis) {

    /**
     * The operations of {@code accounting.csv} and {@code latency.csv} in the benchmark's results folder, plus those
     * of its {@code e2e} folder that the API benchmark does not measure.
     */
    public static Map<String, MeasuredOperation> read(Path resultsDir) {
        Map<String, MeasuredOperation> operations = read(resultsDir, "small");
        Path e2e = resultsDir.resolve("e2e");
        if (java.nio.file.Files.exists(e2e.resolve("accounting.csv"))) {
            read(e2e, "mixed").forEach(operations::putIfAbsent);
        }
        return operations;
    }

    private static Map<String, MeasuredOperation> read(Path resultsDir, String scenario) {
        Map<String, double[]> units = new TreeMap<>();
        Map<String, Integer> calls = new TreeMap<>();
        for (List<String> row : csv(resultsDir.resolve("accounting.csv"))) {
            if (row.get(0).equals(scenario) && row.get(2).equals("api")) {
                String[] requests = row.get(4).split(" \\+ ");
                String[] capacity = row.get(5).split(" \\+ ");
                double[] readWrite = new double[2];
                for (int i = 0; i < requests.length; i++) {
                    readWrite[isRead(requests[i]) ? 0 : 1] += Double.parseDouble(capacity[i]);
                }
                units.put(row.get(1), readWrite);
                calls.put(row.get(1), Integer.parseInt(row.get(3)));
            }
        }
        Map<String, MeasuredOperation> operations = new TreeMap<>();
        for (List<String> row : csv(resultsDir.resolve("latency.csv"))) {
            String name = row.get(1);
            if (row.get(0).equals(scenario) && row.get(2).equals("api") && row.get(3).equals("1") && units.containsKey(name)) {
                double[] u = units.get(name);
                operations.put(name, new MeasuredOperation(name, u[0], u[1], calls.get(name),
                        Double.parseDouble(row.get(5)) / 1000));
            }
        }
        return operations;
    }

    private static boolean isRead(String request) {
        return request.startsWith("Query") || request.startsWith("GetItem") || request.startsWith("BatchGetItem");
    }

    private static List<List<String>> csv(Path file) {
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
            return parser.stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
