package dev.fieldcrm.core.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes many records with BatchWriteItem, for load tests and benchmarks only: no use-case rules, no
 * conditions, no audit and no unique-value guards. Items are encoded exactly as the app encodes them
 * ({@link Keys}, {@link ItemCodec}), so queries see them as if written through the use cases.
 */
public final class DynamoBulkLoader {
    /** DynamoDB's limit of items per BatchWriteItem call. */
    private static final int BATCH = 25;
    private static final int MAX_ROUNDS = 10;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoBulkLoader(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Puts the records (clients, contacts, tasks, interactions, users) of one tenant. */
    public void put(String tenantId, List<?> records) {
        for (int from = 0; from < records.size(); from += BATCH) {
            List<WriteRequest> batch = new ArrayList<>(BATCH);
            for (Object record : records.subList(from, Math.min(records.size(), from + BATCH))) {
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder()
                        .item(ItemCodec.encode(record, Keys.of(tenantId, record))).build()).build());
            }
            write(batch);
        }
    }

    // BatchWriteItem may hand back part of a batch when throttled: retry that part with a growing pause.
    private void write(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        for (int round = 0; round < MAX_ROUNDS && !pending.isEmpty(); round++) {
            if (round > 0) {
                pause(20L << round);
            }
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(request));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("BatchWriteItem left items unprocessed after " + MAX_ROUNDS + " rounds");
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying BatchWriteItem", e);
        }
    }
}
