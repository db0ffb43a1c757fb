package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.sync.SyncFeedChanges;
import dev.fieldcrm.core.sync.SyncService;
import dev.fieldcrm.core.sync.SyncSnapshot;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;

/**
 * Delta sync on DynamoDB.
 *
 * @param feed    every user's feed partition
 * @param changes the worker's stream listener writing the feeds
 * @param service the API's use case ({@code GET /api/v1/sync})
 */
public record SyncServices(DynamoSyncFeed feed, SyncFeedChanges changes, SyncService service) {

    /** @param settle how old a feed entry must be before the API serves it (see {@link SyncService}) */
    public static SyncServices onDynamo(DynamoDbClient dynamo, String table, Clock clock, Duration settle) {
        var feed = new DynamoSyncFeed(dynamo, table);
        var clients = new DynamoClientQueries(dynamo, table);
        var snapshot = new SyncSnapshot(clients, new DynamoAgendaQueries(dynamo, table), new DynamoJournalQueries(dynamo, table),
                new DynamoDealQueries(dynamo, table), new DynamoOrderQueries(dynamo, table));
        return new SyncServices(feed, new SyncFeedChanges(clients, feed, clock),
                new SyncService(feed, snapshot, clock, settle));
    }
}
