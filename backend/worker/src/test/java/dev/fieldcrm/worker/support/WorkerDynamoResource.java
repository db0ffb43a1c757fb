package dev.fieldcrm.worker.support;

import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.core.testing.TestUsers;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import dev.fieldcrm.dynamodblocal.StreamPump;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Map;

/**
 * One in-memory DynamoDB Local per test JVM for the worker's tests: the table (stream on, new and old images), the
 * same users as the API tests ({@link TestUsers}) and one {@link StreamPump} on the table's stream, shared by every
 * test class (the stream is one; make your data unique and ignore changes that are not yours).
 */
public class WorkerDynamoResource implements QuarkusTestResourceLifecycleManager {
    public static final String TABLE = "fieldcrm-test";
    private static DynamoDbLocalServer server;
    private static StreamPump pump;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            server = DynamoDbLocalServer.inMemory();
            try (DynamoDbClient dynamo = server.client()) {
                TableDesign.createIfMissing(dynamo, TABLE);
                TestUsers.seed(dynamo, TABLE);
            }
            pump = StreamPump.of(server.endpoint(), TABLE);
            // The seeding is not a change any test is about.
            pump.skipToEnd();
        }
        return Map.of("fieldcrm.dynamodb.endpoint", server.endpoint().toString(), "fieldcrm.table", TABLE);
    }

    /** A client of the test database (close it after use). */
    public static DynamoDbClient client() {
        return server.client();
    }

    /** The pump on the test table's stream. */
    public static StreamPump pump() {
        return pump;
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; it ends with the JVM.
    }
}
