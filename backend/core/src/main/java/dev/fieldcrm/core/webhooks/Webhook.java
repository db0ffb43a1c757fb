package dev.fieldcrm.core.webhooks;

import java.time.Instant;
import java.util.Set;

/**
 * A subscription as admins read it (never with its secret).
 *
 * @param consecutiveFailures failed attempts since the last delivered one
 * @param disabledAt          when the system switched it off after too many consecutive failures (null if it did not)
 */
public record Webhook(String id, String url, Set<WebhookEvent> events, boolean active, String description,
                      int consecutiveFailures, Instant lastSuccessAt, Instant lastFailureAt,
                      Instant disabledAt, String disabledReason,
                      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {
}
