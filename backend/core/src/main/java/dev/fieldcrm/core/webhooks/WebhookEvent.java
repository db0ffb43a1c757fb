package dev.fieldcrm.core.webhooks;

/**
 * What a tenant's integration can subscribe to. Each is derived by the worker from a change on the table's stream
 * (see {@link WebhookEvents}); {@link #LEAD_ASSIGNED} is also emitted when a deal is handed over to a new owner
 * until lead capture (issue 6) emits it for leads.
 */
public enum WebhookEvent {
    CLIENT_CREATED, CLIENT_CHANGED, INTERACTION_LOGGED, DEAL_STAGE_CHANGED, ORDER_SUBMITTED, PAYMENT_RECORDED, LEAD_ASSIGNED
}
