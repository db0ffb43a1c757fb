package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.plans.PlanService;
import dev.fieldcrm.core.users.TeamScope;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Sales plans and the team reports read beside them, on DynamoDB.
 *
 * @param plans per-rep monthly plans (set by managers, read by reps)
 */
public record PlanServices(PlanService plans) {

    public static PlanServices onDynamo(DynamoDbClient dynamo, String table, Clock clock) {
        var store = new DynamoPlanStore(dynamo, table);
        var scope = new TeamScope(new DynamoUserStore(dynamo, table));
        return new PlanServices(new PlanService(store, scope, new DynamoChangeWriter(dynamo, table), clock));
    }
}
