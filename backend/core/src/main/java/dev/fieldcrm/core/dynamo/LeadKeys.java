package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.leads.InboundRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of lead capture.
 * <ul>
 *   <li>inbound request: {@code T#t#INBOUND#<id>} / {@code INBOUND} — its own small partition, written once by the
 *       public endpoint and once more by the worker when processed.</li>
 * </ul>
 */
final class LeadKeys {
    static final String INBOUND_SK = "INBOUND";

    private LeadKeys() {
    }

    static Map<String, AttributeValue> inbound(String tenantId, String inboundId) {
        return Keys.key(Keys.tenant(tenantId) + "INBOUND#" + inboundId, INBOUND_SK);
    }

    static Map<String, AttributeValue> of(String tenantId, InboundRequest request) {
        return inbound(tenantId, request.id());
    }
}
