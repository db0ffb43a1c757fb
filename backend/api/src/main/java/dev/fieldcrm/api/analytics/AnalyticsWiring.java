package dev.fieldcrm.api.analytics;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.analytics.DashboardService;
import dev.fieldcrm.core.dynamo.AnalyticsServices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Analytics in the API: the dashboard over the aggregates the worker keeps. */
@ApplicationScoped
public class AnalyticsWiring {

    @Produces @Singleton AnalyticsServices analytics(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return AnalyticsServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton DashboardService dashboard(AnalyticsServices analytics) {
        return analytics.dashboard();
    }
}
