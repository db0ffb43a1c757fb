package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.integrations.InboundEvents;
import dev.fieldcrm.core.integrations.IntegrationService;
import dev.fieldcrm.core.leads.InboundLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Inbound integrations wired on one table: the admins' use cases and the public events endpoint's. */
public record IntegrationServices(IntegrationService admin, InboundEvents events) {

    public static IntegrationServices onDynamo(DynamoDbClient dynamo, String table, Clock clock) {
        var store = new DynamoIntegrationStore(dynamo, table);
        var writer = new DynamoChangeWriter(dynamo, table);
        return new IntegrationServices(
                new IntegrationService(store, new DynamoSettingsQueries(dynamo, table), new DynamoUserStore(dynamo, table),
                        writer, clock),
                new InboundEvents(store, new InboundLog(writer), clock));
    }
}
