package dev.fieldcrm.api.hygiene;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.dynamo.HygieneServices;
import dev.fieldcrm.core.hygiene.HygieneReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Data hygiene in the API: offenders, counts and rules (the worker keeps the offences current). */
@ApplicationScoped
public class HygieneWiring {

    @Produces @Singleton HygieneServices hygiene(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return HygieneServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton HygieneReport hygieneReport(HygieneServices hygiene) {
        return hygiene.report();
    }
}
