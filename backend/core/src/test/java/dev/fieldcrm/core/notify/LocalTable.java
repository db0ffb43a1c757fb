package dev.fieldcrm.core.notify;

import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.core.testing.DynamoCallCounter;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One DynamoDB Local for the notify tests of this JVM, a fresh table per test (the retry job's checkpoint is
 * per table, so tests with their own clocks do not see each other's), and a client whose calls are logged.
 */
final class LocalTable {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static DynamoDbLocalServer server;
    static final DynamoCallCounter CALLS = new DynamoCallCounter();
    private static DynamoDbClient client;

    private LocalTable() {
    }

    static synchronized DynamoDbClient client() {
        if (server == null) {
            server = DynamoDbLocalServer.inMemory();
            client = server.client(List.of(CALLS));
        }
        return client;
    }

    /** A new, empty table; its name. */
    static String fresh() {
        String name = "notify-" + TABLES.incrementAndGet();
        TableDesign.createIfMissing(client(), name);
        return name;
    }
}
