package dev.fieldcrm.api.support;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.dynamo.DynamoClientQueries;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.dynamo.SyncServices;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;

import java.util.Set;

/**
 * What tests of the sync feed start from. The API tests have no stream, so a test hands the feed listener the change
 * the stream would carry ({@link #streamed}); a rep of its own keeps other tests' records out of a test's scope.
 */
public final class SyncFixtures {
    private SyncFixtures() {
    }

    /** A new rep of team east (the manager mgr of acme can hand clients to and from them); their id. */
    public static String freshRep(String tenant) {
        String id = "sync-" + Ids.newId().toLowerCase();
        new DynamoUserStore(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE)
                .save(tenant, new User(id, id.toUpperCase(), id + "@example.com", Set.of(Role.REP), "east", "Europe/Moscow", "en", true, 1));
        return id;
    }

    /** Feeds one record change (before/after images, either may be null) to the per-user feed, as the stream would. */
    public static void streamed(SyncServices sync, String tenant, Object before, Object after) {
        sync.changes().on(new Change(tenant, "evt-" + Ids.newId(), before, after));
    }

    /** The client as stored now (the image a stream record would carry). */
    public static Client storedClient(String tenant, String clientId) {
        return new DynamoClientQueries(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE)
                .find(tenant, clientId).orElseThrow();
    }
}
