package dev.fieldcrm.core.testing;

import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One DynamoDB Local for the core tests of this JVM, a fresh table per test (the retry job's checkpoint is
 * per table, so tests with their own clocks do not see each other's), and a client whose calls are logged.
 */
public final class LocalTable {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static DynamoDbLocalServer server;
    public static final DynamoCallCounter CALLS = new DynamoCallCounter();
    private static DynamoDbClient client;

    private LocalTable() {
    }

    public static synchronized DynamoDbClient client() {
        if (server == null) {
            server = DynamoDbLocalServer.inMemory();
            client = server.client(List.of(CALLS));
        }
        return client;
    }

    /** Another client of the same database whose calls also go through {@code interceptor} (fault injection). */
    public static synchronized DynamoDbClient clientWith(ExecutionInterceptor interceptor) {
        client();
        return server.client(List.of(CALLS, interceptor));
    }

    /** A new, empty table; its name. */
    public static String fresh() {
        String name = "notify-" + TABLES.incrementAndGet();
        TableDesign.createIfMissing(client(), name);
        return name;
    }
}
