package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.leads.LeadAssignment;
import dev.fieldcrm.core.leads.LeadSettingsQueries;
import dev.fieldcrm.core.leads.LeadSettingsService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Lead settings and assignment wired on one table (the API stores the settings, the worker assigns).
 *
 * @param settings the tenant's lead settings (defaults until stored)
 * @param assigner the assignment engine (territory rules, fair round-robin)
 * @param admin    reading and changing the settings through the API (roles, versions, audit)
 */
public record LeadServices(LeadSettingsQueries settings, LeadAssignment assigner, LeadSettingsService admin) {

    /** With the system clock (the worker assigns; it changes no settings). */
    public static LeadServices onDynamo(DynamoDbClient dynamo, String table) {
        return onDynamo(dynamo, table, Clock.systemUTC());
    }

    /** @param clock stamps the settings' audit entries */
    public static LeadServices onDynamo(DynamoDbClient dynamo, String table, Clock clock) {
        var settings = new DynamoLeadSettingsQueries(dynamo, table);
        var users = new DynamoUserStore(dynamo, table);
        return new LeadServices(settings, new LeadAssignment(settings, users, new DynamoRoundRobinCounter(dynamo, table)),
                new LeadSettingsService(settings, users, new DynamoChangeWriter(dynamo, table), clock));
    }
}
