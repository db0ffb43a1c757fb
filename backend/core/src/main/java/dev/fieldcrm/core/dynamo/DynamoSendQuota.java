package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.SendQuota;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The daily send counters (keys: {@link NotifyKeys#sendCapKey}). Calls: {@link #take} one UpdateItem
 * {@code ADD n :one} conditional on {@code n < :cap} (DynamoDB applies the updates of one item one after another, so
 * concurrent senders together never count past the cap). A refusal returns the stored item; while it carries no
 * {@code warned} mark, one more conditional UpdateItem sets it, so exactly one refusal per counter is the first.
 */
public record DynamoSendQuota(DynamoDbClient dynamo, String table) implements SendQuota {
    static final String COUNT = "n";
    static final String WARNED = "warned";
    /** Long enough for a late worker's day and for operators to look; the counters then leave by themselves. */
    private static final Duration KEEP = Duration.ofDays(3);

    @Override
    public Take take(String tenantId, Channel channel, LocalDate day, long cap) {
        Map<String, AttributeValue> key = NotifyKeys.sendCapKey(tenantId, day, channel);
        long expiresAt = day.atStartOfDay(ZoneOffset.UTC).plus(KEEP).toEpochSecond();
        try {
            dynamo.updateItem(u -> u.tableName(table).key(key)
                    .updateExpression("SET #ttl = :expires ADD #n :one")
                    .conditionExpression("attribute_not_exists(#n) OR #n < :cap")
                    .expressionAttributeNames(Map.of("#n", COUNT, "#ttl", TableDesign.TTL_ATTRIBUTE))
                    .expressionAttributeValues(Map.of(":one", ItemCodec.n(1), ":cap", ItemCodec.n(cap),
                            ":expires", ItemCodec.n(expiresAt)))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Take.TAKEN;
        } catch (ConditionalCheckFailedException full) {
            if (full.hasItem() && full.item().containsKey(WARNED)) {
                return Take.REFUSED;
            }
            return markWarned(key) ? Take.FIRST_REFUSAL : Take.REFUSED;
        }
    }

    /** Sets the counter's {@code warned} mark; false when another refusal set it first. */
    private boolean markWarned(Map<String, AttributeValue> key) {
        try {
            dynamo.updateItem(u -> u.tableName(table).key(key)
                    .updateExpression("SET #warned = :yes")
                    .conditionExpression("attribute_exists(#n) AND attribute_not_exists(#warned)")
                    .expressionAttributeNames(Map.of("#n", COUNT, "#warned", WARNED))
                    .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true))));
            return true;
        } catch (ConditionalCheckFailedException already) {
            return false;
        }
    }
}
