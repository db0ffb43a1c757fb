package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.integrations.Integration;
import dev.fieldcrm.core.integrations.IntegrationKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of inbound integrations (telephony, chats).
 * <ul>
 *   <li>integration: {@code T#t#INTEGRATIONS} / {@code INT#<id>} — the tenant's ≤ 20 integrations in one partition
 *       (one Query);</li>
 *   <li>public key: {@code INBOUNDKEY#<key>} / {@code INBOUNDKEY} — <b>no tenant prefix</b>, the web forms' public-key
 *       mechanism ({@link WebFormKeys}, ADR "Public form keys"): an event has no token, its key names the tenant. The
 *       item holds the tenant id and a copy of the integration; read only by GetItem.</li>
 * </ul>
 */
final class IntegrationKeys {
    static final String PREFIX = "INT#";

    private IntegrationKeys() {
    }

    static String integrations(String tenantId) {
        return Keys.tenant(tenantId) + "INTEGRATIONS";
    }

    static Map<String, AttributeValue> integration(String tenantId, String integrationId) {
        return Keys.key(integrations(tenantId), PREFIX + integrationId);
    }

    static Map<String, AttributeValue> publicKey(String key) {
        return Keys.key("INBOUNDKEY#" + key, "INBOUNDKEY");
    }

    static Map<String, AttributeValue> of(String tenantId, Integration integration) {
        return integration(tenantId, integration.id());
    }

    /** Keyed without a tenant, so the tenant it names must be the writer's: no tenant writes another's key item. */
    static Map<String, AttributeValue> of(String tenantId, IntegrationKey key) {
        if (!tenantId.equals(key.tenantId())) {
            throw new IllegalArgumentException("an integration key item names its own tenant");
        }
        return publicKey(key.key());
    }
}
