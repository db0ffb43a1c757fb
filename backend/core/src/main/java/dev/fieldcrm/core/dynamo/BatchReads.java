package dev.fieldcrm.core.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BatchGetItem over any number of keys: 100 keys per call (DynamoDB's limit), unprocessed keys asked again
 * (bounded) so a throttled partial answer is never taken for missing items.
 */
final class BatchReads {
    static final int KEYS_PER_CALL = 100;
    private static final int ATTEMPTS = 5;

    private BatchReads() {
    }

    static List<Map<String, AttributeValue>> get(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys) {
        return get(dynamo, table, keys, false);
    }

    /** @param consistent strongly consistent reads (2× the RCU): for items another writer may have just written */
    static List<Map<String, AttributeValue>> get(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys,
                                                 boolean consistent) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_CALL) {
            List<Map<String, AttributeValue>> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_CALL));
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(chunk).consistentRead(consistent).build());
            for (int attempt = 1; !request.isEmpty(); attempt++) {
                if (attempt > ATTEMPTS) {
                    throw new IllegalStateException("DynamoDB left keys unprocessed after " + ATTEMPTS + " attempts");
                }
                Map<String, KeysAndAttributes> asked = request;
                BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(asked));
                items.addAll(response.responses().getOrDefault(table, List.of()));
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return items;
    }
}
