package dev.fieldcrm.core.testing;

import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Set;

/**
 * The users every module's tests log in as: tenant acme (team east: mgr, rep1, rep2 in Asia/Vladivostok; team west:
 * rep3; admin adm) and tenant globex (team east: grep, gmgr), for cross-rep and cross-tenant checks.
 * Shared through the core's test-jar so the API and the worker tests see the same people.
 */
public final class TestUsers {
    private TestUsers() {
    }

    /** Saves the users into {@code table} (idempotent: saving again overwrites them). */
    public static void seed(DynamoDbClient dynamo, String table) {
        DynamoUserStore users = new DynamoUserStore(dynamo, table);
        users.save("acme", user("mgr", Set.of(Role.MANAGER), "east", "Europe/Moscow"));
        users.save("acme", user("rep1", Set.of(Role.REP), "east", "Europe/Moscow"));
        users.save("acme", user("rep2", Set.of(Role.REP), "east", "Asia/Vladivostok"));
        users.save("acme", user("rep3", Set.of(Role.REP), "west", "Europe/Berlin"));
        users.save("acme", user("adm", Set.of(Role.ADMIN), "east", "UTC"));
        users.save("globex", user("grep", Set.of(Role.REP), "east", "Europe/Moscow"));
        users.save("globex", user("gmgr", Set.of(Role.MANAGER), "east", "Europe/Moscow"));
    }

    private static User user(String id, Set<Role> roles, String team, String zone) {
        return new User(id, id.toUpperCase(), id + "@example.com", roles, team, zone, "en", true, 1);
    }
}
