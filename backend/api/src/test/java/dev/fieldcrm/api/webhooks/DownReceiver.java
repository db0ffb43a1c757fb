package dev.fieldcrm.api.webhooks;

import dev.fieldcrm.api.support.DynamoDbLocalResource;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.dynamo.WebhookServices;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.webhooks.DeliveryPolicy;
import dev.fieldcrm.core.webhooks.WebhookDispatcher;
import dev.fieldcrm.core.webhooks.WebhookTransport;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The worker's webhook dispatcher, run in the test JVM on a client's creation (as the stream would hand it over),
 * against a receiver that answers 503: the tenant's CLIENT_CREATED subscriptions get one delivery each with one
 * failed attempt. The receiver is the edge a test cannot reach.
 */
public final class DownReceiver {
    private DownReceiver() {
    }

    /** The ids of the deliveries made for the client's creation, as the receiver saw them. */
    public static List<String> failedDeliveriesOf(String tenant, Client created) {
        List<String> sent = new CopyOnWriteArrayList<>();
        WebhookTransport receiverDown = (url, headers, body) -> {
            sent.add(headers.get(WebhookDispatcher.DELIVERY_HEADER));
            return new WebhookTransport.Response(503, "down for maintenance");
        };
        WebhookDispatcher dispatcher = WebhookServices.onDynamo(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE,
                Clock.systemUTC()).dispatcher(receiverDown, (t, d, reason) -> { },
                DeliveryPolicy.defaults().withFirstAttemptsBudget(Duration.ofSeconds(60)));
        dispatcher.on(new Change(tenant, "stream-" + TestData.next(), null, created));
        dispatcher.batchEnded();
        return List.copyOf(sent);
    }
}
