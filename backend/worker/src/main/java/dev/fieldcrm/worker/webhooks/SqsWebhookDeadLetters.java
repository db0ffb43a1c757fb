package dev.fieldcrm.worker.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.webhooks.WebhookDeadLetters;
import dev.fieldcrm.core.webhooks.WebhookDelivery;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parks given-up webhook deliveries on the notification dead-letter queue ({@code fieldcrm.notify.dead-letter-queue-url},
 * SQS in AWS), one SendMessage each, with attributes {@code kind=webhook} and {@code tenant} so operators can tell
 * them from parked emails. The body names the delivery (ids, event, attempts, reason), never the payload or the
 * secret: the delivery stays in the table as PARKED, and replay is the API's manual redelivery.
 */
public final class SqsWebhookDeadLetters implements WebhookDeadLetters {
    private final SqsClient sqs;
    private final String queueUrl;
    private final ObjectMapper json;

    /** @param json the worker's one mapper (Quarkus-managed) */
    public SqsWebhookDeadLetters(SqsClient sqs, String queueUrl, ObjectMapper json) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.json = json;
    }

    @Override
    public void park(String tenantId, WebhookDelivery delivery, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "webhook");
        body.put("tenantId", tenantId);
        body.put("subscriptionId", delivery.subscriptionId());
        body.put("deliveryId", delivery.id());
        body.put("eventId", delivery.eventId());
        body.put("event", delivery.event().name());
        body.put("attempts", delivery.attempts());
        body.put("lastResponseCode", delivery.lastResponseCode());
        body.put("reason", reason);
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a dead letter", e);
        }
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(text).messageAttributes(Map.of(
                "kind", MessageAttributeValue.builder().dataType("String").stringValue("webhook").build(),
                "tenant", MessageAttributeValue.builder().dataType("String").stringValue(tenantId).build())));
    }
}
