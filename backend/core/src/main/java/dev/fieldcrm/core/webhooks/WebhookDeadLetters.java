package dev.fieldcrm.core.webhooks;

/**
 * Where deliveries go when the worker gives up on them (an SQS dead-letter queue in AWS; a log locally). The parked
 * delivery also stays visible in its subscription's delivery log and can be redelivered from there.
 */
public interface WebhookDeadLetters {
    void park(String tenantId, WebhookDelivery delivery, String reason);
}
