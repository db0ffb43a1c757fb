package dev.fieldcrm.core.webhooks;

import java.time.Instant;
import java.util.Set;

/**
 * A subscription as admins read it (never with its secret).
 *
 * @param consecutiveFailures failed attempts since the last delivered one
 * @param disabledAt          when the system switched it off after too many consecutive failures (null if it did not)
 * @param previousSecretUntil after a rotation: until when deliveries also carry the replaced secret's signature
 */
public record Webhook(String id, String url, Set<WebhookEvent> events, boolean active, String description,
                      int consecutiveFailures, Instant lastSuccessAt, Instant lastFailureAt,
                      Instant disabledAt, String disabledReason, Instant previousSecretUntil,
                      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {
}
