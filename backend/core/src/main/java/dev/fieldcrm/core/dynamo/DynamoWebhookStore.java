package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.webhooks.WebhookDelivery;
import dev.fieldcrm.core.webhooks.WebhookRetryJob;
import dev.fieldcrm.core.webhooks.WebhookStore;
import dev.fieldcrm.core.webhooks.WebhookSubscription;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Subscriptions and deliveries (keys in {@link WebhookKeys}); due deliveries through {@link DynamoDueQueries}. */
public final class DynamoWebhookStore implements WebhookStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;
    private final DynamoDueQueries due;

    public DynamoWebhookStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
        this.due = new DynamoDueQueries(dynamo, table);
    }

    /** One Query PK = {@code T#t#WEBHOOKS}, {@code begins_with(SK, "SUB#")} (≤ 20 items, one page). */
    @Override
    public List<WebhookSubscription> subscriptions(String tenantId) {
        QueryResponse response = dynamo.query(q -> q.tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", TableDesign.PK, "#sk", TableDesign.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(WebhookKeys.subscriptions(tenantId)),
                        ":prefix", AttributeValue.fromS(WebhookKeys.SUBSCRIPTION_PREFIX))));
        List<WebhookSubscription> found = new ArrayList<>(response.count());
        response.items().forEach(item -> found.add(ItemCodec.decode(item, WebhookSubscription.class)));
        return found;
    }

    /** GetItem, strongly consistent: the worker signs with the current secret and sees a switch-off at once. */
    @Override
    public Optional<WebhookSubscription> subscription(String tenantId, String subscriptionId) {
        return get(WebhookKeys.subscription(tenantId, subscriptionId), WebhookSubscription.class);
    }

    /** Query PK = {@code T#t#WEBHOOK#<sub>}, {@code begins_with(SK, "DELIVERY#")}, backwards (newest event first). */
    @Override
    public Page<WebhookDelivery> deliveries(String tenantId, String subscriptionId, PageRequest page) {
        return query.page(null, WebhookKeys.deliveries(tenantId, subscriptionId),
                PagedQuery.SortCondition.beginsWith(WebhookKeys.DELIVERY_PREFIX), true, page, WebhookDelivery.class);
    }

    /** GetItem, strongly consistent (a redelivery conditions its write on the version read here). */
    @Override
    public Optional<WebhookDelivery> delivery(String tenantId, String subscriptionId, String deliveryId) {
        return get(WebhookKeys.delivery(tenantId, subscriptionId, deliveryId), WebhookDelivery.class);
    }

    /** Queries on the due index, kind {@code webhook}: 8 per hour bucket of the span (see {@link DynamoDueQueries}). */
    @Override
    public List<Due> due(Instant from, Instant to) {
        return due.due(WebhookRetryJob.KIND, from, to, WebhookDelivery.class).stream()
                .map(d -> new Due(d.tenantId(), d.record())).toList();
    }

    @Override
    public Optional<Instant> checkpoint() {
        return due.checkpoint(WebhookRetryJob.KIND);
    }

    @Override
    public boolean advance(Optional<Instant> from, Instant to) {
        return due.advance(WebhookRetryJob.KIND, from, to);
    }

    private <T> Optional<T> get(Map<String, AttributeValue> key, Class<T> type) {
        var response = dynamo.getItem(g -> g.tableName(table).consistentRead(true).key(key));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), type)) : Optional.empty();
    }
}
