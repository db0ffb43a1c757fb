package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.webhooks.DeliveryPolicy;
import dev.fieldcrm.core.webhooks.WebhookDeadLetters;
import dev.fieldcrm.core.webhooks.WebhookDispatcher;
import dev.fieldcrm.core.webhooks.WebhookRetryJob;
import dev.fieldcrm.core.webhooks.WebhookService;
import dev.fieldcrm.core.webhooks.WebhookStore;
import dev.fieldcrm.core.webhooks.WebhookTargets;
import dev.fieldcrm.core.webhooks.WebhookTransport;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Outbound webhooks wired on one table: the admins' use cases (API function) and, completed with a transport and a
 * dead-letter queue, the stream listener and the retry job (worker function).
 */
public record WebhookServices(WebhookStore store, ChangeWriter writer, Clock clock) {

    public static WebhookServices onDynamo(DynamoDbClient dynamo, String table, Clock clock) {
        return new WebhookServices(new DynamoWebhookStore(dynamo, table), new DynamoChangeWriter(dynamo, table), clock);
    }

    public WebhookService subscriptions(WebhookTargets targets) {
        return new WebhookService(store, writer, targets, clock);
    }

    public WebhookDispatcher dispatcher(WebhookTransport transport, WebhookDeadLetters deadLetters, DeliveryPolicy policy) {
        return new WebhookDispatcher(store, writer, transport, deadLetters, policy, clock);
    }

    public WebhookRetryJob retryJob(WebhookDispatcher dispatcher) {
        return new WebhookRetryJob(store, dispatcher);
    }
}
