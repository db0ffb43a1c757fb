package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.webhooks.WebhookDelivery;
import dev.fieldcrm.core.webhooks.WebhookRetryJob;
import dev.fieldcrm.core.webhooks.WebhookSubscription;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of outbound webhooks.
 * <ul>
 *   <li>subscriptions: {@code T#t#WEBHOOKS} / {@code SUB#<id>} — the tenant's ≤ 20 subscriptions in one partition,
 *       read by one Query (the API's list, the worker's fan-out);</li>
 *   <li>deliveries: {@code T#t#WEBHOOK#<subscriptionId>} / {@code DELIVERY#<deliveryId>} — a subscription's log;
 *       the ids are ULIDs timed by their event, so a Query read backwards is newest first. While a delivery waits
 *       for an attempt it is also on the {@link DueIndex} (kind {@code webhook}) at its next attempt time.</li>
 * </ul>
 */
final class WebhookKeys {
    static final String SUBSCRIPTION_PREFIX = "SUB#";
    static final String DELIVERY_PREFIX = "DELIVERY#";

    private WebhookKeys() {
    }

    static String subscriptions(String tenantId) {
        return Keys.tenant(tenantId) + "WEBHOOKS";
    }

    static String deliveries(String tenantId, String subscriptionId) {
        return Keys.tenant(tenantId) + "WEBHOOK#" + subscriptionId;
    }

    static Map<String, AttributeValue> subscription(String tenantId, String subscriptionId) {
        return Keys.key(subscriptions(tenantId), SUBSCRIPTION_PREFIX + subscriptionId);
    }

    static Map<String, AttributeValue> delivery(String tenantId, String subscriptionId, String deliveryId) {
        return Keys.key(deliveries(tenantId, subscriptionId), DELIVERY_PREFIX + deliveryId);
    }

    static Map<String, AttributeValue> of(String tenantId, WebhookSubscription subscription) {
        return subscription(tenantId, subscription.id());
    }

    static Map<String, AttributeValue> of(String tenantId, WebhookDelivery delivery) {
        Map<String, AttributeValue> keys = delivery(tenantId, delivery.subscriptionId(), delivery.id());
        if (delivery.nextAttemptAt() != null) {
            DueIndex.put(keys, WebhookRetryJob.KIND, delivery.nextAttemptAt(), tenantId, delivery.id());
        }
        return keys;
    }
}
