package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.leads.RoundRobinCounter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.util.Map;

/**
 * The pool's counter item, advanced by one UpdateItem {@code ADD next :one} returning the new value: DynamoDB
 * applies updates of one item one after another, so concurrent callers each get a different number. The item has
 * no entity type (it is no record; stream listeners skip it).
 */
public final class DynamoRoundRobinCounter implements RoundRobinCounter {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoRoundRobinCounter(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public long next(String tenantId, String poolId) {
        var response = dynamo.updateItem(u -> u.tableName(table).key(LeadKeys.roundRobin(tenantId, poolId))
                .updateExpression("ADD #next :one")
                .expressionAttributeNames(Map.of("#next", "next"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.UPDATED_NEW));
        return Long.parseLong(response.attributes().get("next").n());
    }
}
