package dev.fieldcrm.core.webhooks;

import java.time.Instant;
import java.util.Map;

/**
 * An event worth telling subscribers about, derived from one stream change.
 *
 * @param occurredAt the changed record's own time (so a redelivered change yields the same occurrence)
 * @param data       the public fields of the changed record and the ids around it; never the tenant, never secrets
 */
public record EventOccurrence(WebhookEvent event, Instant occurredAt, Map<String, Object> data) {
}
