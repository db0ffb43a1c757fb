package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.webforms.FormCounter;
import dev.fieldcrm.core.webforms.FormKey;
import dev.fieldcrm.core.webforms.WebForm;
import dev.fieldcrm.core.webforms.WebFormCounts;
import dev.fieldcrm.core.webforms.WebFormStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Web forms and their public keys and tallies (keys in {@link WebFormKeys}). */
public final class DynamoWebFormStore implements WebFormStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoWebFormStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** One Query PK = {@code T#t#WEBFORMS}, {@code begins_with(SK, "FORM#")} (≤ 50 items, one page). */
    @Override
    public List<WebForm> forms(String tenantId) {
        QueryResponse response = dynamo.query(q -> q.tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", TableDesign.PK, "#sk", TableDesign.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(WebFormKeys.forms(tenantId)),
                        ":prefix", AttributeValue.fromS(WebFormKeys.FORM_PREFIX))));
        List<WebForm> found = new ArrayList<>(response.count());
        response.items().forEach(item -> found.add(ItemCodec.decode(item, WebForm.class)));
        return found;
    }

    /** GetItem, strongly consistent (an update conditions its write on the version read here). */
    @Override
    public Optional<WebForm> form(String tenantId, String formId) {
        return get(WebFormKeys.form(tenantId, formId), WebForm.class, true);
    }

    /**
     * GetItem, eventually consistent: the public path's one read (half the cost). A rotation or a switch-off is
     * seen within about a second.
     */
    @Override
    public Optional<FormKey> byKey(String publicKey) {
        return get(WebFormKeys.publicKey(publicKey), FormKey.class, false);
    }

    /** GetItem of the tally item (absent: all zero). */
    @Override
    public WebFormCounts counts(String tenantId, String formId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).key(WebFormKeys.tally(tenantId, formId))).item();
        return new WebFormCounts(count(item, FormCounter.RECEIVED), count(item, FormCounter.SPAM_HONEYPOT),
                count(item, FormCounter.SPAM_TOO_FAST), count(item, FormCounter.SPAM_TOKEN),
                count(item, FormCounter.RATE_LIMITED), count(item, FormCounter.REPLAYS),
                count(item, FormCounter.SPAM_CAPTCHA), count(item, FormCounter.CAPTCHA_UNAVAILABLE),
                count(item, FormCounter.FAILED));
    }

    private static long count(Map<String, AttributeValue> item, FormCounter counter) {
        AttributeValue value = item == null ? null : item.get(counter.attribute);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    private <T> Optional<T> get(Map<String, AttributeValue> key, Class<T> type, boolean consistent) {
        var response = dynamo.getItem(g -> g.tableName(table).consistentRead(consistent).key(key));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), type)) : Optional.empty();
    }
}
