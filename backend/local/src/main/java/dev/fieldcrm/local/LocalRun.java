package dev.fieldcrm.local;

import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import dev.fieldcrm.dynamodblocal.StreamPump;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Starts DynamoDB Local for the local run, creates the table and seeds the demo tenant once; with
 * {@code --worker-port N} it also feeds the worker (dev mode, Lambda event server on that port) with the table's
 * stream and a minute schedule ({@link LocalWorkerFeed}).
 * Arguments: {@code --port N} (8000), {@code --data DIR} (.local/dynamodb), {@code --in-memory}, {@code --reset}
 * (wipe the data directory first), {@code --clients-per-rep N} (25), {@code --worker-port N} (none: no worker).
 */
public final class LocalRun {
    public static final String TABLE = "fieldcrm";

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        int port = Integer.parseInt(value(options, "--port", "8000"));
        Path data = Path.of(value(options, "--data", ".local/dynamodb"));
        int perRep = Integer.parseInt(value(options, "--clients-per-rep", "25"));
        if (options.contains("--reset")) {
            deleteDirectory(data);
        }
        DynamoDbLocalServer server = options.contains("--in-memory")
                ? DynamoDbLocalServer.inMemory(port) : DynamoDbLocalServer.onDisk(data, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        try (DynamoDbClient dynamo = server.client()) {
            TableDesign.createIfMissing(dynamo, TABLE);
            DemoTenant demo = new DemoTenant(dynamo, TABLE, Clock.systemUTC());
            if (demo.isSeeded()) {
                System.out.println("[fieldcrm-local] demo tenant already seeded (use --reset to start over)");
            } else {
                long started = System.nanoTime();
                int clients = demo.seed(perRep);
                System.out.printf("[fieldcrm-local] seeded demo tenant: %d clients in %d ms%n", clients,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        if (options.contains("--worker-port")) {
            new LocalWorkerFeed(StreamPump.of(server.endpoint(), TABLE),
                    Integer.parseInt(value(options, "--worker-port", "8081")), DemoTenant.TENANT).start();
        }
        System.out.println("[fieldcrm-local] DynamoDB Local ready on " + server.endpoint()
                + (options.contains("--in-memory") ? " (in memory)" : " (data in " + data.toAbsolutePath() + ")"));
        Thread.currentThread().join();
    }


    private static String value(List<String> options, String name, String fallback) {
        int i = options.indexOf(name);
        return i >= 0 && i + 1 < options.size() ? options.get(i + 1) : fallback;
    }

    private static void deleteDirectory(Path directory) throws java.io.IOException {
        if (!java.nio.file.Files.exists(directory)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
