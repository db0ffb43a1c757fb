package dev.fieldcrm.api.sync;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.dynamo.SyncServices;
import dev.fieldcrm.core.sync.SyncService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Delta sync in the API: {@code GET /api/v1/sync} reads the feeds the worker keeps. */
@ApplicationScoped
public class SyncWiring {

    @Produces @Singleton SyncServices sync(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return SyncServices.onDynamo(dynamo, config.table(), clock, config.sync().settle());
    }

    @Produces @Singleton SyncService syncService(SyncServices sync) {
        return sync.service();
    }
}
