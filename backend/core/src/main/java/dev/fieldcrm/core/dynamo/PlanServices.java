package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.abc.AbcCountsRepair;
import dev.fieldcrm.core.plans.PlanService;
import dev.fieldcrm.core.reports.AbcDistribution;
import dev.fieldcrm.core.reports.PlanFactReport;
import dev.fieldcrm.core.reports.ReceivablesChanges;
import dev.fieldcrm.core.reports.ReceivablesRepair;
import dev.fieldcrm.core.reports.ReceivablesSummary;
import dev.fieldcrm.core.reports.TeamReportsRepair;
import dev.fieldcrm.core.users.TeamScope;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Sales plans and the team reports read beside them, on DynamoDB.
 *
 * @param plans       per-rep monthly plans (set by managers, read by reps)
 * @param planFact    plan vs fact and the leaderboard (plans + monthly aggregates)
 * @param receivables the team's current receivables (tallies)
 * @param abc         the team's ABC distribution in the latest run
 * @param receivablesChanges the worker's listener keeping the receivables tallies current
 * @param repair             the on-demand job backfilling and repairing the receivables tallies and ABC counts
 */
public record PlanServices(PlanService plans, PlanFactReport planFact, ReceivablesSummary receivables, AbcDistribution abc,
                           ReceivablesChanges receivablesChanges, TeamReportsRepair repair) {

    public static PlanServices onDynamo(DynamoDbClient dynamo, String table, Clock clock) {
        var store = new DynamoPlanStore(dynamo, table);
        var users = new DynamoUserStore(dynamo, table);
        var scope = new TeamScope(users);
        var writer = new DynamoChangeWriter(dynamo, table);
        var receivables = new DynamoReceivablesStore(dynamo, table);
        var receivablesChanges = new ReceivablesChanges(receivables, writer, clock);
        var abcRuns = new DynamoAbcQueries(dynamo, table);
        var abcCounts = new DynamoAbcOwnerCounts(dynamo, table);
        return new PlanServices(new PlanService(store, scope, writer, clock),
                new PlanFactReport(store, new DynamoAggregateQueries(dynamo, table), scope),
                new ReceivablesSummary(receivables),
                new AbcDistribution(abcRuns, abcCounts),
                receivablesChanges,
                new TeamReportsRepair(
                        new ReceivablesRepair(users, new DynamoClientQueries(dynamo, table), receivablesChanges, receivables, writer, clock),
                        new AbcCountsRepair(abcRuns, abcCounts, new DynamoOrderQueries(dynamo, table), writer)));
    }
}
