package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.webforms.FormCounter;
import dev.fieldcrm.core.webforms.FormTraffic;
import dev.fieldcrm.core.webforms.RateLimits;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Rate windows and tallies of public forms, each one UpdateItem outside the submission's transaction: a refused or
 * spam request must cost little, and a flood must not contend with real submissions' transactions.
 *
 * <p>A rate window is one item per form and UTC minute holding {@code total} and one counter per client address
 * ({@code ip:<address>}). One UpdateItem adds 1 to both only if both are still under their limits; a failed
 * condition means "limited" and writes nothing. So refused attempts count nowhere: one address hammering a form
 * cannot use up the form's limit for everybody else, and the item holds at most the form's limit of addresses (no
 * growth towards the 400 KB item limit under a flood). It expires (TTL) two minutes after its minute.
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
        try {
            dynamo.updateItem(u -> u.tableName(table).key(WebFormKeys.rateWindow(tenantId, formId, minute))
                    .updateExpression("ADD #total :one, #ip :one SET #ttl = :ttl")
                    .conditionExpression("(attribute_not_exists(#ip) OR #ip < :perAddress)"
                            + " AND (attribute_not_exists(#total) OR #total < :perForm)")
                    .expressionAttributeNames(Map.of("#total", "total", "#ip", "ip:" + address,
                            "#ttl", TableDesign.TTL_ATTRIBUTE))
                    .expressionAttributeValues(Map.of(":one", ItemCodec.n(1),
                            ":ttl", ItemCodec.n(minute.plusSeconds(180).getEpochSecond()),
                            ":perAddress", ItemCodec.n(limits.perAddressPerMinute()),
                            ":perForm", ItemCodec.n(limits.perFormPerMinute()))));
            return 0;
        } catch (ConditionalCheckFailedException limited) {
            return Math.max(1, minute.plusSeconds(60).getEpochSecond() - now.getEpochSecond());
        }
    }

    @Override
    public void count(String tenantId, String formId, FormCounter counter) {
        dynamo.updateItem(u -> u.tableName(table).key(WebFormKeys.tally(tenantId, formId))
                .updateExpression("ADD #c :one SET formId = :form")
                .expressionAttributeNames(Map.of("#c", counter.attribute))
                .expressionAttributeValues(Map.of(":one", ItemCodec.n(1), ":form", ItemCodec.s(formId))));
    }
}
