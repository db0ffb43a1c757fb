package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Stamp;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a key-condition Query (never a Scan): the partition is fixed by the caller's scope, the
 * sort key narrows by prefix or range, and the cursor may only continue within the same partition.
 */
final class PagedQuery {
    private final DynamoDbClient dynamo;
    private final String table;

    PagedQuery(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The sort-key part of a key condition, e.g. {@code begins_with(#sk, :prefix)}; values keyed by placeholder. */
    record SortCondition(String expression, Map<String, AttributeValue> values) {
        static SortCondition none() {
            return new SortCondition(null, Map.of());
        }

        static SortCondition beginsWith(String prefix) {
            return new SortCondition("begins_with(#sk, :prefix)", Map.of(":prefix", AttributeValue.fromS(prefix)));
        }

        static SortCondition between(String low, String high) {
            return new SortCondition("#sk BETWEEN :low AND :high",
                    Map.of(":low", AttributeValue.fromS(low), ":high", AttributeValue.fromS(high)));
        }

        /**
         * Sort keys {@code <prefix><stamp>#…} whose stamp is in [from, to) (null: open on that side). Stamps have whole
         * seconds, and "~" sorts after every {@code #id} that follows one, so {@code to} is exclusive by time alone.
         */
        static SortCondition during(String prefix, Instant from, Instant to) {
            String low = prefix + (from == null ? "" : Stamp.sortable(from));
            String high = to == null ? prefix + "~" : prefix + Stamp.sortable(to.minusSeconds(1)) + "~";
            return between(low.isEmpty() ? " " : low, high);
        }

        static SortCondition below(String high) {
            return new SortCondition("#sk < :high", Map.of(":high", AttributeValue.fromS(high)));
        }
    }

    /** A filter applied after the key condition (it narrows a page; it does not reduce what is read). */
    record Filter(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        static Filter none() {
            return new Filter(null, Map.of(), Map.of());
        }
    }

    <T> Page<T> page(String index, String partition, SortCondition sort, boolean newestFirst, PageRequest page,
                     Class<T> type) {
        return page(index, partition, sort, newestFirst, page, Filter.none(), type);
    }

    <T> Page<T> page(String index, String partition, SortCondition sort, boolean newestFirst, PageRequest page,
                     Filter filter, Class<T> type) {
        return page(index, partition, sort, newestFirst, page, filter, item -> ItemCodec.decode(item, type));
    }

    /** A page whose items are decoded by {@code decoder} (e.g. by their entity type, for an index holding several). */
    <T> Page<T> page(String index, String partition, SortCondition sort, boolean newestFirst, PageRequest page,
                     Filter filter, Function<Map<String, AttributeValue>, T> decoder) {
        String pkName = index == null ? TableDesign.PK : TableDesign.pk(index);
        String skName = index == null ? TableDesign.SK : TableDesign.sk(index);
        Map<String, AttributeValue> values = new HashMap<>(sort.values());
        values.put(":pk", AttributeValue.fromS(partition));
        values.putAll(filter.values());
        Map<String, String> names = new HashMap<>(filter.names());
        names.put("#pk", pkName);
        if (sort.expression() != null) {
            names.put("#sk", skName);
        }
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(table)
                .indexName(index)
                .keyConditionExpression("#pk = :pk" + (sort.expression() == null ? "" : " AND " + sort.expression()))
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .scanIndexForward(!newestFirst)
                .limit(page.limit())
                .exclusiveStartKey(Cursors.decode(page.cursor(), pkName, partition));
        if (filter.expression() != null) {
            request.filterExpression(filter.expression());
        }
        QueryResponse response = dynamo.query(request.build());
        List<T> items = new ArrayList<>(response.count());
        for (Map<String, AttributeValue> item : response.items()) {
            items.add(decoder.apply(item));
        }
        return new Page<>(items, response.hasLastEvaluatedKey() ? Cursors.encode(response.lastEvaluatedKey()) : null);
    }
}
