package dev.fieldcrm.core.integrations;

/**
 * The public key of an integration → its tenant and a copy of the integration (secret included): the one item an
 * incoming event reads. Like a web form's {@code FormKey}, it is keyed without a tenant ({@code INBOUNDKEY#<key>}),
 * since the event carries no token to take the tenant from; the copy is rewritten in the transaction of every change
 * of the integration.
 */
public record IntegrationKey(String key, String tenantId, Integration integration) {
}
