package dev.fieldcrm.worker.webhooks;

import dev.fieldcrm.core.webhooks.WebhookDeadLetters;
import dev.fieldcrm.core.webhooks.WebhookDelivery;
import org.jboss.logging.Logger;

/**
 * The dead-letter queue of webhooks until the notification DLQ port lands (helper B's {@code core.notify.DeadLetters},
 * SQS in AWS): one structured error line per parked delivery (ids and reason, never the payload or the secret), which
 * a CloudWatch metric filter can alarm on. The parked delivery itself stays in the table, visible in its delivery log
 * and redeliverable.
 */
public final class LoggingWebhookDeadLetters implements WebhookDeadLetters {
    private static final Logger LOG = Logger.getLogger(LoggingWebhookDeadLetters.class);

    @Override
    public void park(String tenantId, WebhookDelivery delivery, String reason) {
        LOG.errorf("webhook delivery parked: tenant=%s subscription=%s delivery=%s event=%s attempts=%d reason=%s",
                tenantId, delivery.subscriptionId(), delivery.id(), delivery.event(), delivery.attempts(), reason);
    }
}
