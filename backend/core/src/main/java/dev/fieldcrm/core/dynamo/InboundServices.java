package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.leads.InboundProcessing;
import dev.fieldcrm.core.leads.IntakeTerms;
import dev.fieldcrm.core.leads.LeadAssigner;
import dev.fieldcrm.core.reminders.Notifications;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** The worker's processing of inbound requests (lead capture), wired on one table with the core's use cases. */
public final class InboundServices {
    private InboundServices() {
    }

    public static InboundProcessing processing(DynamoDbClient dynamo, String table, CoreServices core,
                                               IntakeTerms.Source terms, LeadAssigner assigner,
                                               Notifications notifications, Clock clock) {
        return new InboundProcessing(new DynamoInboundLookups(dynamo, table), terms, assigner, core.users(),
                new DynamoClientQueries(dynamo, table), core.journal(), core.deals(), new DynamoChangeWriter(dynamo, table),
                notifications, clock);
    }
}
