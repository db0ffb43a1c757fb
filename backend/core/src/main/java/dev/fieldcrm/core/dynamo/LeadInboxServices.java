package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.leads.FailedRequests;
import dev.fieldcrm.core.leads.LeadService;
import dev.fieldcrm.core.users.TeamScope;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** The leads inbox wired on one table, on top of the core's client, contact, deal and journal use cases. */
public final class LeadInboxServices {
    private LeadInboxServices() {
    }

    public static LeadService onDynamo(DynamoDbClient dynamo, String table, CoreServices core, Clock clock) {
        return new LeadService(new DynamoLeadQueries(dynamo, table), new DynamoClientQueries(dynamo, table),
                core.clients(), core.contacts(), core.deals(), core.journal(), new TeamScope(core.users()),
                new DynamoChangeWriter(dynamo, table), clock);
    }

    /** Failed inbound requests: the managers' list and "retry now". */
    public static FailedRequests failedRequests(DynamoDbClient dynamo, String table, Clock clock) {
        return new FailedRequests(new DynamoLeadQueries(dynamo, table), new DynamoInboundLookups(dynamo, table),
                new DynamoChangeWriter(dynamo, table), clock);
    }
}
