package dev.fieldcrm.core.webhooks;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads of subscriptions and deliveries (writes go through the {@link dev.fieldcrm.core.store.ChangeWriter}). */
public interface WebhookStore {
    /** Every subscription of the tenant (at most {@link WebhookService#MAX_SUBSCRIPTIONS}): one Query. */
    List<WebhookSubscription> subscriptions(String tenantId);

    Optional<WebhookSubscription> subscription(String tenantId, String subscriptionId);

    /** A subscription's deliveries, newest event first. */
    Page<WebhookDelivery> deliveries(String tenantId, String subscriptionId, PageRequest page);

    Optional<WebhookDelivery> delivery(String tenantId, String subscriptionId, String deliveryId);

    /** A delivery that is due, with the tenant it belongs to. */
    record Due(String tenantId, WebhookDelivery delivery) {
    }

    /** Deliveries whose next attempt falls in {@code (from, to]}, across tenants (the due index). */
    List<Due> due(Instant from, Instant to);

    /** Up to when the retry job has read the due index; empty before its first run. */
    Optional<Instant> checkpoint();

    /** Moves the checkpoint from {@code from} to {@code to}; false if another run moved it meanwhile. */
    boolean advance(Optional<Instant> from, Instant to);
}
