package dev.fieldcrm.worker.webhooks;

import dev.fieldcrm.core.webhooks.WebhookDeadLetters;
import dev.fieldcrm.core.webhooks.WebhookDelivery;
import org.jboss.logging.Logger;

/**
 * The webhook dead letters where no queue is configured (notification mode capture: the local run and tests): one
 * structured error line per parked delivery (ids and reason, never the payload or the secret). The parked delivery
 * itself stays in the table, visible in its delivery log and redeliverable.
 */
public final class LoggingWebhookDeadLetters implements WebhookDeadLetters {
    private static final Logger LOG = Logger.getLogger(LoggingWebhookDeadLetters.class);

    @Override
    public void park(String tenantId, WebhookDelivery delivery, String reason) {
        LOG.errorf("webhook delivery parked: tenant=%s subscription=%s delivery=%s event=%s attempts=%d reason=%s",
                tenantId, delivery.subscriptionId(), delivery.id(), delivery.event(), delivery.attempts(), reason);
    }
}
