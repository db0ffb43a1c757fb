package dev.fieldcrm.worker.hygiene;

import dev.fieldcrm.core.dynamo.HygieneServices;
import dev.fieldcrm.core.hygiene.HygieneChanges;
import dev.fieldcrm.worker.config.WorkerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Data hygiene in the worker: the stream listener that keeps offenders and their tallies current. */
@ApplicationScoped
public class HygieneWiring {

    @Produces @Singleton HygieneServices hygiene(DynamoDbClient dynamo, WorkerConfig config, Clock clock) {
        return HygieneServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton HygieneChanges hygieneChanges(HygieneServices hygiene) {
        return hygiene.changes();
    }
}
