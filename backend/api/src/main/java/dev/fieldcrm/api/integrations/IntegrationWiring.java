package dev.fieldcrm.api.integrations;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.dynamo.IntegrationServices;
import dev.fieldcrm.core.integrations.InboundEvents;
import dev.fieldcrm.core.integrations.IntegrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Makes the inbound integrations ({@link IntegrationServices}) available for injection. */
@ApplicationScoped
public class IntegrationWiring {

    @Produces @Singleton IntegrationServices integrations(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return IntegrationServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton IntegrationService admin(IntegrationServices integrations) {
        return integrations.admin();
    }

    @Produces @Singleton InboundEvents events(IntegrationServices integrations) {
        return integrations.events();
    }
}
