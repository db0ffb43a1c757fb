package dev.fieldcrm.worker.sync;

import dev.fieldcrm.core.dynamo.SyncServices;
import dev.fieldcrm.core.sync.SyncFeedChanges;
import dev.fieldcrm.core.sync.SyncService;
import dev.fieldcrm.worker.config.WorkerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Delta sync in the worker: the stream listener that keeps every user's sync feed. */
@ApplicationScoped
public class SyncWiring {

    @Produces @Singleton SyncServices sync(DynamoDbClient dynamo, WorkerConfig config, Clock clock) {
        return SyncServices.onDynamo(dynamo, config.table(), clock, SyncService.DEFAULT_SETTLE);
    }

    @Produces @Singleton SyncFeedChanges syncFeedChanges(SyncServices sync) {
        return sync.changes();
    }
}
