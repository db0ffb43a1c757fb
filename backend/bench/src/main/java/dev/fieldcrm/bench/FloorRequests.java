package dev.fieldcrm.bench;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The floors' requests: a caller's recorded DynamoDB requests made sendable again and again, and sent without any
 * of our code around them.
 */
final class FloorRequests {
    private FloorRequests() {
    }

    /**
     * The request with its write conditions removed, so that it can be sent again and again: the same items of the
     * same sizes to the same keys, minus the condition checks (which DynamoDB evaluates on the items it writes
     * anyway). A floor therefore slightly flatters DynamoDB's side, never ours. Reads are returned as they are.
     */
    static SdkRequest replayable(SdkRequest request) {
        return switch (request) {
            case TransactWriteItemsRequest t -> replayable(t);
            case PutItemRequest p -> PutItemRequest.builder().tableName(p.tableName()).item(p.item()).build();
            case UpdateItemRequest u when u.conditionExpression() != null -> unconditional(u);
            default -> request;
        };
    }

    private static TransactWriteItemsRequest replayable(TransactWriteItemsRequest request) {
        List<TransactWriteItem> items = new ArrayList<>();
        for (TransactWriteItem item : request.transactItems()) {
            if (item.update() != null && item.update().conditionExpression() != null) {
                throw new IllegalStateException("conditional Update in a transaction cannot be replayed: " + item.update());
            }
            if (item.conditionCheck() != null) {
                continue;
            }
            if (item.put() != null) {
                items.add(TransactWriteItem.builder().put(Put.builder().tableName(item.put().tableName())
                        .item(item.put().item()).build()).build());
            } else if (item.delete() != null) {
                items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(item.delete().tableName())
                        .key(item.delete().key()).build()).build());
            } else {
                items.add(item);
            }
        }
        return request.toBuilder().transactItems(items).build();
    }

    /**
     * An UpdateItem without its condition (e.g. the form's rate window: ADD 1 if below the limit), with the
     * expression names and values only the condition used left out, as DynamoDB refuses unused ones.
     */
    private static UpdateItemRequest unconditional(UpdateItemRequest update) {
        String expression = update.updateExpression();
        Map<String, String> names = new HashMap<>();
        update.expressionAttributeNames().forEach((k, v) -> {
            if (used(expression, k)) {
                names.put(k, v);
            }
        });
        Map<String, AttributeValue> values = new HashMap<>();
        update.expressionAttributeValues().forEach((k, v) -> {
            if (used(expression, k)) {
                values.put(k, v);
            }
        });
        return update.toBuilder().conditionExpression(null).expressionAttributeNames(names.isEmpty() ? null : names)
                .expressionAttributeValues(values.isEmpty() ? null : values).build();
    }

    // A placeholder is used if it occurs not followed by another name character (":v" is not ":v2").
    private static boolean used(String expression, String placeholder) {
        return Pattern.compile(Pattern.quote(placeholder) + "(?![A-Za-z0-9_])").matcher(expression).find();
    }

    static void send(DynamoDbClient dynamo, SdkRequest request) {
        switch (request) {
            case QueryRequest q -> dynamo.query(q);
            case GetItemRequest g -> dynamo.getItem(g);
            case BatchGetItemRequest b -> dynamo.batchGetItem(b);
            case PutItemRequest p -> dynamo.putItem(p);
            case UpdateItemRequest u -> dynamo.updateItem(u);
            case TransactWriteItemsRequest t -> dynamo.transactWriteItems(t);
            default -> throw new IllegalStateException("no floor for " + request.getClass().getSimpleName());
        }
    }
}
