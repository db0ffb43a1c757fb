package dev.fieldcrm.worker.analytics;

import dev.fieldcrm.core.analytics.AggregateChanges;
import dev.fieldcrm.core.analytics.ReconciliationPlan;
import dev.fieldcrm.core.analytics.ReconciliationSchedule;
import dev.fieldcrm.core.dynamo.AggregateKeys;
import dev.fieldcrm.core.dynamo.AnalyticsServices;
import dev.fieldcrm.core.dynamo.DueJob;
import dev.fieldcrm.core.dynamo.DynamoDueQueries;
import dev.fieldcrm.core.events.ScheduledJob;
import dev.fieldcrm.worker.config.WorkerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Analytics in the worker: the stream listener keeping the monthly aggregates, the nightly reconciliation of each
 * tenant (due-index kind {@value AggregateKeys#DUE_KIND}) and its on-demand run ({@value ReconciliationPlan#JOB}).
 */
@ApplicationScoped
public class AnalyticsWiring {

    @Produces @Singleton AnalyticsServices analytics(DynamoDbClient dynamo, WorkerConfig config, Clock clock) {
        return AnalyticsServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton AggregateChanges aggregateChanges(AnalyticsServices analytics) {
        return analytics.changes();
    }

    @Produces @Singleton ReconciliationPlan reconciliationPlan(AnalyticsServices analytics) {
        return analytics.plan();
    }

    @Produces @Singleton @Named("aggregate-reconciliation") ScheduledJob nightlyReconciliation(
            AnalyticsServices analytics, DynamoDbClient dynamo, WorkerConfig config) {
        return new DueJob<>(AggregateKeys.DUE_KIND, ReconciliationSchedule.class, new DynamoDueQueries(dynamo, config.table()),
                analytics.plan()::due);
    }
}
