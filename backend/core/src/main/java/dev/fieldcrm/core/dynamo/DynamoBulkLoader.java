package dev.fieldcrm.core.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes many records with BatchWriteItem, for load tests and benchmarks only: no use-case rules, no
 * conditions, no audit and no unique-value guards. Items are encoded exactly as the app encodes them
 * ({@link Keys}, {@link ItemCodec}), so queries see them as if written through the use cases.
 */
public final class DynamoBulkLoader {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoBulkLoader(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Puts the records (clients, contacts, tasks, interactions, users) of one tenant. */
    public void put(String tenantId, List<?> records) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(records.size());
        for (Object record : records) {
            items.add(ItemCodec.encode(record, Keys.of(tenantId, record)));
        }
        BatchWrites.put(dynamo, table, items);
    }
}
