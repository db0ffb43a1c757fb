package dev.fieldcrm.worker.hygiene;

import dev.fieldcrm.core.dynamo.DueJob;
import dev.fieldcrm.core.dynamo.DynamoDueQueries;
import dev.fieldcrm.core.dynamo.HygieneKeys;
import dev.fieldcrm.core.dynamo.HygieneServices;
import dev.fieldcrm.core.events.ScheduledJob;
import dev.fieldcrm.core.hygiene.DealHygiene;
import dev.fieldcrm.core.hygiene.HygieneBackfill;
import dev.fieldcrm.core.hygiene.HygieneChanges;
import dev.fieldcrm.worker.config.WorkerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Data hygiene in the worker: the stream listener that keeps offenders and their tallies current, and
 * the scheduled job re-checking deals when a time-based rule's boundary passes. */
@ApplicationScoped
public class HygieneWiring {

    @Produces @Singleton HygieneServices hygiene(DynamoDbClient dynamo, WorkerConfig config, Clock clock) {
        return HygieneServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton HygieneChanges hygieneChanges(HygieneServices hygiene) {
        return hygiene.changes();
    }

    /** On demand: evaluates every deal of a tenant once (deals written before hygiene was deployed). */
    @Produces @Singleton HygieneBackfill hygieneBackfill(HygieneServices hygiene) {
        return hygiene.backfill();
    }

    /** Re-evaluates deals whose time boundary fell due (due-index kind {@value HygieneKeys#DUE_KIND}). */
    @Produces @Singleton @Named("hygiene") ScheduledJob hygieneSchedule(HygieneServices hygiene, DynamoDbClient dynamo,
                                                                         WorkerConfig config) {
        return new DueJob<>(HygieneKeys.DUE_KIND, DealHygiene.class, new DynamoDueQueries(dynamo, config.table()),
                hygiene.evaluator()::due);
    }
}
