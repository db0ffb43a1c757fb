package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.shared.Stamp;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.fieldcrm.core.dynamo.TableDesign.PK;
import static dev.fieldcrm.core.dynamo.TableDesign.SK;
import static dev.fieldcrm.core.dynamo.TableDesign.pk;
import static dev.fieldcrm.core.dynamo.TableDesign.sk;

/**
 * Reads the {@link DueIndex} and keeps each kind's checkpoint (how far the scheduler has read).
 *
 * <p>Calls: {@link #due} makes one Query per shard and hour bucket of the span (8 per tick of one kind within an
 * hour; 8 × 61 after a worker was down for an hour, still no Scan), paginated; {@link #checkpoint} one GetItem;
 * {@link #advance} one conditional PutItem.
 */
public final class DynamoDueQueries {
    /** The checkpoints' partition: scheduler state belongs to no tenant, so it has a reserved one. */
    static final String SCHEDULER = Keys.tenant("_scheduler") + "CHECKPOINT";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDueQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** A due item with the tenant it belongs to (taken from its key). */
    public record Due<T>(String tenantId, T record) {
    }

    /** The items of {@code kind} due after {@code from} up to and including {@code to}, oldest first per bucket. */
    public <T> List<Due<T>> due(String kind, Instant from, Instant to, Class<T> type) {
        List<Due<T>> found = new ArrayList<>();
        String low = Stamp.sortable(from.plusSeconds(1));
        String high = Stamp.sortable(to) + "#\uffff";
        for (Instant hour = from.truncatedTo(ChronoUnit.HOURS); !hour.isAfter(to); hour = hour.plus(Duration.ofHours(1))) {
            for (int shard = 0; shard < DueIndex.SHARDS; shard++) {
                queryBucket(DueIndex.partition(kind, hour, shard), low, high, type, found);
            }
        }
        return found;
    }

    private <T> void queryBucket(String partition, String low, String high, Class<T> type, List<Due<T>> found) {
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = dynamo.query(QueryRequest.builder().tableName(table).indexName(DueIndex.INDEX)
                    .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                    .expressionAttributeNames(Map.of("#pk", pk(DueIndex.INDEX), "#sk", sk(DueIndex.INDEX)))
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition),
                            ":low", AttributeValue.fromS(low), ":high", AttributeValue.fromS(high)))
                    .exclusiveStartKey(start)
                    .build());
            for (Map<String, AttributeValue> item : page.items()) {
                String basePk = item.get(PK).s();
                found.add(new Due<>(basePk.substring(2, basePk.indexOf('#', 2)), ItemCodec.decode(item, type)));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }

    /** Up to when the scheduler has handled {@code kind}; empty before its first run. */
    public Optional<Instant> checkpoint(String kind) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Keys.key(SCHEDULER, kind))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(item.get("handledUntil").s()));
    }

    /**
     * Moves the checkpoint from {@code from} (empty: none yet) to {@code to}; false when another scheduler moved it
     * meanwhile (then that one has read the same span: the items are idempotent, nothing is lost either way).
     */
    public boolean advance(String kind, Optional<Instant> from, Instant to) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.key(SCHEDULER, kind));
        item.put("handledUntil", AttributeValue.fromS(to.toString()));
        try {
            dynamo.putItem(b -> {
                b.tableName(table).item(item);
                if (from.isPresent()) {
                    b.conditionExpression("handledUntil = :from")
                            .expressionAttributeValues(Map.of(":from", AttributeValue.fromS(from.get().toString())));
                } else {
                    b.conditionExpression("attribute_not_exists(" + SK + ")");
                }
            });
            return true;
        } catch (ConditionalCheckFailedException movedMeanwhile) {
            return false;
        }
    }
}
