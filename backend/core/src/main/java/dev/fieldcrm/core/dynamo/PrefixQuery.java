package dev.fieldcrm.core.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every item of one partition, [begins_with(SK, prefix)], following pages: for small partitions such as tallies. */
final class PrefixQuery {
    private PrefixQuery() {
    }

    static List<Map<String, AttributeValue>> all(DynamoDbClient dynamo, String table, String pk, String skPrefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", AttributeValue.fromS(pk));
        String condition = "PK = :pk";
        if (skPrefix != null) {
            values.put(":prefix", AttributeValue.fromS(skPrefix));
            condition += " AND begins_with(SK, :prefix)";
        }
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = dynamo.query(QueryRequest.builder().tableName(table)
                    .keyConditionExpression(condition).expressionAttributeValues(values)
                    .exclusiveStartKey(start).build());
            items.addAll(response.items());
            start = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }
}
