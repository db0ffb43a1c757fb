package dev.fieldcrm.api.leads;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.LeadInboxServices;
import dev.fieldcrm.core.leads.FailedRequests;
import dev.fieldcrm.core.leads.LeadService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Makes the leads inbox ({@link LeadInboxServices}) available for injection. */
@ApplicationScoped
public class LeadWiring {

    @Produces @Singleton LeadService leads(DynamoDbClient dynamo, FieldCrmConfig config, CoreServices core, Clock clock) {
        return LeadInboxServices.onDynamo(dynamo, config.table(), core, clock);
    }

    @Produces @Singleton FailedRequests failedRequests(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return LeadInboxServices.failedRequests(dynamo, config.table(), clock);
    }
}
