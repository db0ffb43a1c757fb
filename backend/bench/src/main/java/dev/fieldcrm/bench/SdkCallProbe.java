package dev.fieldcrm.bench;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sees every DynamoDB call of the probe JVM, the function's and the floor's alike (registered as an SDK global
 * interceptor, only on the latency probe's classpath). Always: adds up time spent inside SDK calls. While
 * {@link #recording}: asks DynamoDB for consumed capacity and keeps each call, with the request as the
 * caller built it, so the floor can send exactly the same requests.
 */
public final class SdkCallProbe implements ExecutionInterceptor {
    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("fieldcrm.bench.started");
    private static final ExecutionAttribute<SdkRequest> AS_BUILT = new ExecutionAttribute<>("fieldcrm.bench.request");

    static volatile boolean recording;
    static final LongAdder SDK_NANOS = new LongAdder();
    private static final List<Call> CALLS = Collections.synchronizedList(new ArrayList<>());

    /**
     * One DynamoDB call: the operation, the request as its caller built it, what DynamoDB said it consumed, and the
     * items it touched (Query: items evaluated, i.e. ScannedCount; GetItem: 0 or 1; BatchGetItem: keys asked for;
     * transactions: their items; Put/Update/Delete: 1).
     */
    record Call(String operation, SdkRequest request, Double capacityUnits, String capacityDetail, int items) {
        String describe() {
            String index = request instanceof QueryRequest q && q.indexName() != null ? "(" + q.indexName() + ")" : "";
            String items = switch (request) {
                case TransactWriteItemsRequest t -> "(" + t.transactItems().size() + " items)";
                case BatchGetItemRequest b -> "(" + b.requestItems().values().stream().mapToInt(k -> k.keys().size()).sum() + " keys)";
                default -> "";
            };
            return operation + index + items;
        }
    }

    static List<Call> drain() {
        synchronized (CALLS) {
            List<Call> calls = new ArrayList<>(CALLS);
            CALLS.clear();
            return calls;
        }
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (!recording) {
            return context.request();
        }
        attributes.putAttribute(AS_BUILT, context.request());
        return switch (context.request()) {
            case QueryRequest q -> q.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            case GetItemRequest g -> g.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            case PutItemRequest p -> p.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            case UpdateItemRequest u -> u.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            case TransactWriteItemsRequest t -> t.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            case BatchGetItemRequest b -> b.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            default -> context.request();
        };
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        addElapsed(attributes);
        if (recording && attributes.getAttribute(AS_BUILT) != null) {
            List<ConsumedCapacity> consumed = consumed(context.response());
            Double units = consumed == null ? null : consumed.stream()
                    .mapToDouble(c -> c.capacityUnits() == null ? 0 : c.capacityUnits()).sum();
            SdkRequest request = attributes.getAttribute(AS_BUILT);
            CALLS.add(new Call(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), request, units,
                    consumed == null ? "null" : consumed.toString(), items(request, context.response())));
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        addElapsed(attributes);
    }

    private static void addElapsed(ExecutionAttributes attributes) {
        Long started = attributes.getAttribute(STARTED);
        if (started != null) {
            SDK_NANOS.add(System.nanoTime() - started);
        }
    }

    private static int items(SdkRequest request, SdkResponse response) {
        return switch (response) {
            case QueryResponse q -> q.scannedCount() == null ? q.count() : q.scannedCount();
            case GetItemResponse g -> g.hasItem() ? 1 : 0;
            case BatchGetItemResponse b -> ((BatchGetItemRequest) request).requestItems().values().stream()
                    .mapToInt(k -> k.keys().size()).sum();
            case TransactWriteItemsResponse t -> ((TransactWriteItemsRequest) request).transactItems().size();
            case PutItemResponse p -> 1;
            case UpdateItemResponse u -> 1;
            case DeleteItemResponse d -> 1;
            default -> 0;
        };
    }

    private static List<ConsumedCapacity> consumed(SdkResponse response) {
        ConsumedCapacity single = switch (response) {
            case QueryResponse q -> q.consumedCapacity();
            case GetItemResponse g -> g.consumedCapacity();
            case PutItemResponse p -> p.consumedCapacity();
            case UpdateItemResponse u -> u.consumedCapacity();
            default -> null;
        };
        if (single != null) {
            return List.of(single);
        }
        if (response instanceof TransactWriteItemsResponse t && t.hasConsumedCapacity()) {
            return t.consumedCapacity();
        }
        if (response instanceof BatchGetItemResponse b && b.hasConsumedCapacity()) {
            return b.consumedCapacity();
        }
        if (response instanceof BatchWriteItemResponse b && b.hasConsumedCapacity()) {
            return b.consumedCapacity();
        }
        return null;
    }
}
