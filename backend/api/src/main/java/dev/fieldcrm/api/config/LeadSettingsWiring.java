package dev.fieldcrm.api.config;

import dev.fieldcrm.core.dynamo.LeadServices;
import dev.fieldcrm.core.leads.LeadSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Makes the lead settings (see {@link LeadServices}) available for injection. */
@ApplicationScoped
public class LeadSettingsWiring {

    @Produces @Singleton LeadServices leadServices(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return LeadServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton LeadSettingsService leadSettings(LeadServices leads) {
        return leads.admin();
    }
}
