package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.notify.Deliveries;
import dev.fieldcrm.core.notify.Delivery;
import dev.fieldcrm.core.notify.DeliveryRetries;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deliveries in the table (keys: {@link NotifyKeys}). Calls: {@link #createOrGet} one PutItem conditional on the item
 * being absent, which returns the stored item when it is not (no second read); {@link #replace} one PutItem conditional
 * on {@code version}, which returns the stored item when the condition fails; {@link #find} one consistent GetItem;
 * {@link #due} the due index's Queries (kind {@code retry}). A write whose condition failed because its own first
 * attempt was applied (answer lost, the SDK sent it again) is reported as written: the stored item carries its claim
 * token and version ({@link Delivery#sameWriteAs}).
 */
public final class DynamoDeliveries implements Deliveries {
    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoDueQueries dueQueries;

    public DynamoDeliveries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.dueQueries = new DynamoDueQueries(dynamo, table);
    }

    @Override
    public Optional<Delivery> createOrGet(Delivery claim) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(encode(claim))
                    .conditionExpression("attribute_not_exists(" + TableDesign.PK + ")")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Optional.empty();
        } catch (ConditionalCheckFailedException exists) {
            Delivery stored = storedAfter(exists, claim).orElseThrow(
                    () -> new IllegalStateException("delivery " + claim.id() + " exists and cannot be read"));
            return claim.sameWriteAs(stored) ? Optional.empty() : Optional.of(stored);
        }
    }

    @Override
    public boolean replace(Delivery next, long expectedVersion) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(encode(next))
                    .conditionExpression("#version = :expected")
                    .expressionAttributeNames(Map.of("#version", TableDesign.VERSION))
                    .expressionAttributeValues(Map.of(":expected", ItemCodec.n(expectedVersion)))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return true;
        } catch (ConditionalCheckFailedException movedOn) {
            return storedAfter(movedOn, next).filter(next::sameWriteAs).isPresent();
        }
    }

    /**
     * The item that failed a write's condition: returned by the failed call itself (no second read), or — from an
     * engine that does not return it — read with one GetItem. It may be the write itself: its first attempt was applied,
     * the answer lost, and the SDK's retry failed the condition the first attempt had changed.
     */
    private Optional<Delivery> storedAfter(ConditionalCheckFailedException failed, Delivery attempted) {
        if (failed.hasItem() && !failed.item().isEmpty()) {
            return Optional.of(ItemCodec.decode(failed.item(), Delivery.class));
        }
        return find(attempted.tenantId(), attempted.id());
    }

    @Override
    public Optional<Delivery> find(String tenantId, String id) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(NotifyKeys.deliveryKey(tenantId, id))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ItemCodec.decode(item, Delivery.class));
    }

    @Override
    public List<Delivery> due(Instant after, Instant until) {
        List<Delivery> due = new ArrayList<>();
        for (DynamoDueQueries.Due<Delivery> entry : dueQueries.due(DeliveryRetries.KIND, after, until, Delivery.class)) {
            due.add(entry.record());
        }
        return due;
    }

    @Override
    public Optional<Instant> checkpoint() {
        return dueQueries.checkpoint(DeliveryRetries.KIND);
    }

    @Override
    public boolean advance(Optional<Instant> from, Instant to) {
        return dueQueries.advance(DeliveryRetries.KIND, from, to);
    }

    private static Map<String, AttributeValue> encode(Delivery delivery) {
        return ItemCodec.encode(delivery, Keys.of(delivery.tenantId(), delivery));
    }
}
