package dev.fieldcrm.core.webhooks;

/** Where a delivery is: waiting for its (next) attempt, delivered (2xx), or given up and parked in the dead-letter queue. */
public enum WebhookDeliveryStatus {
    /** Due at {@code nextAttemptAt}: the first attempt, a retry after a failure, or a manual redelivery. */
    PENDING,
    /** An attempt is under way (its lease ends at {@code nextAttemptAt}; after that it counts as failed and is retried). */
    SENDING,
    DELIVERED,
    /** No more automatic attempts: retries exhausted, address refused, or the subscription is gone. */
    PARKED
}
