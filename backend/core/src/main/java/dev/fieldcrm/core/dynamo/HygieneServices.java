package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.hygiene.HygieneBackfill;
import dev.fieldcrm.core.hygiene.HygieneChanges;
import dev.fieldcrm.core.hygiene.HygieneEvaluator;
import dev.fieldcrm.core.hygiene.HygieneParameters;
import dev.fieldcrm.core.hygiene.HygieneReport;
import dev.fieldcrm.core.hygiene.HygieneStore;
import dev.fieldcrm.core.users.TeamScope;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Data hygiene on DynamoDB: the stored offences and the evaluator that keeps them current.
 *
 * @param store     offences, per-deal summaries and tallies
 * @param evaluator re-evaluates a deal or a client's deals
 * @param changes   the stream listener driving the evaluator
 * @param report    offenders, counts and rules as a caller may see them
 * @param backfill  evaluates every deal of a tenant once (an operator's on-demand job)
 */
public record HygieneServices(HygieneStore store, HygieneEvaluator evaluator, HygieneChanges changes,
                              HygieneReport report, HygieneBackfill backfill) {

    /** Rules are evaluated with {@link HygieneParameters#defaults()} until tenants can store their own settings. */
    public static HygieneServices onDynamo(DynamoDbClient dynamo, String table, Clock clock) {
        var store = new DynamoHygieneStore(dynamo, table);
        HygieneEvaluator.HygieneSettings parameters = tenantId -> HygieneParameters.defaults();
        var deals = new DynamoDealQueries(dynamo, table);
        var users = new DynamoUserStore(dynamo, table);
        var evaluator = new HygieneEvaluator(deals, new DynamoSettingsQueries(dynamo, table),
                new DynamoClientQueries(dynamo, table), store, new DynamoChangeWriter(dynamo, table), parameters, clock);
        var report = new HygieneReport(store, new TeamScope(users), parameters);
        return new HygieneServices(store, evaluator, new HygieneChanges(evaluator), report,
                new HygieneBackfill(users, deals, evaluator));
    }
}
