package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.analytics.AggregateChanges;
import dev.fieldcrm.core.analytics.AggregateQueries;
import dev.fieldcrm.core.analytics.AggregateUpdate;
import dev.fieldcrm.core.analytics.DashboardService;
import dev.fieldcrm.core.analytics.Reconciliation;
import dev.fieldcrm.core.analytics.ReconciliationPlan;
import dev.fieldcrm.core.users.TeamScope;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Analytics on DynamoDB: the aggregate engine, the stream listener maintaining it, the nightly reconciliation and the
 * dashboard.
 *
 * @param update         adds an event's deltas once (other families use it too)
 * @param queries        reads aggregates and reconciliation reports
 * @param changes        the stream listener
 * @param reconciliation recomputes one month of a tenant
 * @param plan           the nightly schedule per tenant (due-index handler and on-demand run)
 * @param dashboard      the dashboard as a caller may see it
 */
public record AnalyticsServices(AggregateUpdate update, AggregateQueries queries, AggregateChanges changes,
                                Reconciliation reconciliation, ReconciliationPlan plan, DashboardService dashboard) {

    public static AnalyticsServices onDynamo(DynamoDbClient dynamo, String table, Clock clock) {
        var writer = new DynamoChangeWriter(dynamo, table);
        var update = new AggregateUpdate(writer, clock);
        var queries = new DynamoAggregateQueries(dynamo, table);
        var users = new DynamoUserStore(dynamo, table);
        var deals = new DynamoDealQueries(dynamo, table);
        var clients = new DynamoClientQueries(dynamo, table);
        var reconciliation = new Reconciliation(users, deals, new DynamoJournalQueries(dynamo, table), clients,
                new DynamoOrderQueries(dynamo, table), new DynamoKeyedSources(dynamo, table), queries, update, writer, clock);
        var plan = new ReconciliationPlan(reconciliation, writer, clock);
        var changes = new AggregateChanges(update, users, clients::find, plan);
        var dashboard = new DashboardService(queries, deals, new DynamoHygieneStore(dynamo, table),
                new DynamoSettingsQueries(dynamo, table), new TeamScope(users));
        return new AnalyticsServices(update, queries, changes, reconciliation, plan, dashboard);
    }
}
