package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.webforms.FormCounter;
import dev.fieldcrm.core.webforms.FormTraffic;
import dev.fieldcrm.core.webforms.RateLimits;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Rate windows and tallies of public forms, each one UpdateItem outside the submission's transaction: a refused or
 * spam request must cost little, and a flood must not contend with real submissions' transactions.
 *
 * <p>A rate window is one item per form and UTC minute holding {@code total} and one counter per client address
 * ({@code ip:<address>}), both added to by the same UpdateItem, which returns the new values. It stops growing at
 * the limits' cap (condition {@code total < :cap}; a failed condition means "limited" and writes nothing), so a flood
 * from many addresses cannot push it towards the 400 KB item limit. It expires (TTL) two minutes after its minute.
 */
public final class DynamoFormTraffic implements FormTraffic {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoFormTraffic(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public long admit(String tenantId, String formId, String address, Instant now, RateLimits limits) {
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        long retryAfter = Math.max(1, minute.plusSeconds(60).getEpochSecond() - now.getEpochSecond());
        Map<String, AttributeValue> counted;
        try {
            counted = dynamo.updateItem(u -> u.tableName(table).key(WebFormKeys.rateWindow(tenantId, formId, minute))
                    .updateExpression("ADD #total :one, #ip :one SET #ttl = :ttl")
                    .conditionExpression("attribute_not_exists(#total) OR #total < :cap")
                    .expressionAttributeNames(Map.of("#total", "total", "#ip", "ip:" + address,
                            "#ttl", TableDesign.TTL_ATTRIBUTE))
                    .expressionAttributeValues(Map.of(":one", ItemCodec.n(1),
                            ":ttl", ItemCodec.n(minute.plusSeconds(180).getEpochSecond()),
                            ":cap", ItemCodec.n(limits.cap())))
                    .returnValues(ReturnValue.UPDATED_NEW)).attributes();
        } catch (ConditionalCheckFailedException capped) {
            return retryAfter;
        }
        long total = Long.parseLong(counted.get("total").n());
        long fromAddress = Long.parseLong(counted.get("ip:" + address).n());
        return total > limits.perFormPerMinute() || fromAddress > limits.perAddressPerMinute() ? retryAfter : 0;
    }

    @Override
    public void count(String tenantId, String formId, FormCounter counter) {
        dynamo.updateItem(u -> u.tableName(table).key(WebFormKeys.tally(tenantId, formId))
                .updateExpression("ADD #c :one SET formId = :form")
                .expressionAttributeNames(Map.of("#c", counter.attribute))
                .expressionAttributeValues(Map.of(":one", ItemCodec.n(1), ":form", ItemCodec.s(formId))));
    }
}
