package dev.fieldcrm.api.plans;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.dynamo.PlanServices;
import dev.fieldcrm.core.plans.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Sales plans and the team reports in the API (the worker keeps the aggregates they read current). */
@ApplicationScoped
public class PlansWiring {

    @Produces @Singleton PlanServices planServices(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return PlanServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton PlanService plans(PlanServices services) {
        return services.plans();
    }
}
