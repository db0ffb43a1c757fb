package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.leads.LeadAssignment;
import dev.fieldcrm.core.leads.LeadSettingsQueries;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lead settings and assignment wired on one table (the API stores the settings, the worker assigns).
 *
 * @param settings the tenant's lead settings (defaults until stored)
 * @param assigner the assignment engine (territory rules, fair round-robin)
 */
public record LeadServices(LeadSettingsQueries settings, LeadAssignment assigner) {

    public static LeadServices onDynamo(DynamoDbClient dynamo, String table) {
        var settings = new DynamoLeadSettingsQueries(dynamo, table);
        return new LeadServices(settings, new LeadAssignment(settings, new DynamoUserStore(dynamo, table),
                new DynamoRoundRobinCounter(dynamo, table)));
    }
}
