package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.proposals.Proposal;
import dev.fieldcrm.core.proposals.ProposalTemplate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of proposals and of the proposal template.
 * <ul>
 *   <li>A proposal sits in its client's partition under {@code PROPOSAL#<id>}: outside the card's {@code CARD#}
 *       prefix (a card read stays bounded), and ULIDs sort by time, so one Query lists them newest first.</li>
 *   <li>The template is a tenant setting: {@code T#t#SETTINGS} / {@code TEMPLATE#proposal}, read by one GetItem.</li>
 * </ul>
 */
final class ProposalKeys {
    static final String PROPOSAL_PREFIX = "PROPOSAL#";
    static final String TEMPLATE_SK = "TEMPLATE#proposal";

    private ProposalKeys() {
    }

    static Map<String, AttributeValue> of(String tenantId, Proposal proposal) {
        return Keys.key(Keys.client(tenantId, proposal.clientId()), PROPOSAL_PREFIX + proposal.id());
    }

    static Map<String, AttributeValue> of(String tenantId, ProposalTemplate template) {
        return Keys.key(Keys.settings(tenantId), TEMPLATE_SK);
    }
}
