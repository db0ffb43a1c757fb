package dev.fieldcrm.api.support;

import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Map;
import java.util.Set;

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
                DynamoUserStore users = new DynamoUserStore(dynamo, TABLE);
                users.save("acme", user("mgr", Set.of(Role.MANAGER), "east", "Europe/Moscow"));
                users.save("acme", user("rep1", Set.of(Role.REP), "east", "Europe/Moscow"));
                users.save("acme", user("rep2", Set.of(Role.REP), "east", "Asia/Vladivostok"));
                users.save("acme", user("rep3", Set.of(Role.REP), "west", "Europe/Berlin"));
                users.save("acme", user("adm", Set.of(Role.ADMIN), "east", "UTC"));
                users.save("globex", user("grep", Set.of(Role.REP), "east", "Europe/Moscow"));
                users.save("globex", user("gmgr", Set.of(Role.MANAGER), "east", "Europe/Moscow"));
            }
        }
        return Map.of("fieldcrm.dynamodb.endpoint", server.endpoint().toString(), "fieldcrm.table", TABLE);
    }

    public static DynamoDbClient client() {
        return server.client();
    }

    private static User user(String id, Set<Role> roles, String team, String zone) {
        return new User(id, id.toUpperCase(), id + "@example.com", roles, team, zone, "en", true, 1);
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; it ends with the JVM.
    }
}
