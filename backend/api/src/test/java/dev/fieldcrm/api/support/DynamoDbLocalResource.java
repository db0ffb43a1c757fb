package dev.fieldcrm.api.support;

import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.core.testing.TestUsers;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Map;

/**
 * One in-memory DynamoDB Local per test JVM, with the table and two tenants' users:
 * acme (team east: mgr, rep1, rep2; team west: rep3; admin adm) and globex (team east: grep, gmgr).
 */
public class DynamoDbLocalResource implements QuarkusTestResourceLifecycleManager {
    public static final String TABLE = "fieldcrm-test";
    private static DynamoDbLocalServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            server = DynamoDbLocalServer.inMemory();
            try (DynamoDbClient dynamo = client()) {
                TableDesign.createIfMissing(dynamo, TABLE);
                TestUsers.seed(dynamo, TABLE);
            }
        }
        return Map.of("fieldcrm.dynamodb.endpoint", server.endpoint().toString(), "fieldcrm.table", TABLE);
    }

    /** Where the test database listens (for a reader of its stream, e.g. {@link LeadCapture}). */
    public static java.net.URI endpoint() {
        return server.endpoint();
    }

    public static DynamoDbClient client() {
        return server.client();
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; it ends with the JVM.
    }
}
