package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.shared.Sleep;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Unconditional Puts of many items with BatchWriteItem (25 per call), retrying what DynamoDB hands back unprocessed
 * when throttled. Only for items whose rewrite is harmless: no conditions are possible in a batch.
 */
final class BatchWrites {
    /** DynamoDB's limit of items per BatchWriteItem call. */
    private static final int BATCH = 25;
    private static final int MAX_ROUNDS = 10;

    private BatchWrites() {
    }

    static void put(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += BATCH) {
            List<WriteRequest> batch = new ArrayList<>(BATCH);
            for (Map<String, AttributeValue> item : items.subList(from, Math.min(items.size(), from + BATCH))) {
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            }
            write(dynamo, table, batch);
        }
    }

    // BatchWriteItem may hand back part of a batch when throttled: retry that part with a growing pause.
    private static void write(DynamoDbClient dynamo, String table, List<WriteRequest> batch) {
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
        Sleep.quietly(Duration.ofMillis(millis));
        if (Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("interrupted while retrying BatchWriteItem");
        }
    }
}
