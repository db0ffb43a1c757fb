package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.leads.ConsentConfirmation;
import dev.fieldcrm.core.leads.InboundAuditEntry;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.InboundStatus;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadSettings;
import dev.fieldcrm.core.leads.LeadAuditEntry;
import dev.fieldcrm.core.shared.Stamp;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of lead capture.
 * <ul>
 *   <li>inbound request: {@code T#t#INBOUND#<id>} / {@code INBOUND} — its own small partition, written once by the
 *       public endpoint and once more by the worker when processed. A FAILED request (only while FAILED) is also on
 *       GSI2 {@code T#t#INBOUND#FAILED} / {@code <receivedAt>#<id>}: a sparse index, so "the tenant's failed
 *       requests, newest first" is one Query that reads nothing else.</li>
 *   <li>inbound request audit entry: {@code T#t#INBOUND#<id>} / {@code AUDIT#<at>#<entryId>} (a retry).</li>
 *   <li>replay guard: {@code T#t#INBOUND_KEY#<key>} / {@code GUARD} — see {@link #inboundGuard}.</li>
 *   <li>lead: {@code T#t#LEAD#<id>} / {@code LEAD}; listed by owner on GSI3 {@code T#t#LEADS#OWNER#<ownerId>},
 *       by team on GSI4 {@code T#t#LEADS#TEAM#<teamId>} and tenant-wide on GSI2 {@code T#t#LEADS}, each sorted
 *       {@code <status>#<createdAt>#<id>} so one Query lists a status newest or oldest first (and, between
 *       {@code <status>#<from>} and {@code <status>#<to>}, a status's leads created in a window: the aggregates'
 *       reconciliation).</li>
 *   <li>lead settings: {@code T#t#SETTINGS} / {@code LEADS} beside the sales settings (absent: defaults, version 0);
 *       their audit entries are the settings partition's {@code AUDIT#…} items.</li>
 *   <li>round-robin counter: {@code T#t#ROUNDROBIN#<poolId>} / {@code COUNTER} with a number {@code next}, advanced
 *       by an atomic UpdateItem ADD; each pool its own partition, so busy pools do not share one hot key.</li>
 *   <li>double opt-in: {@code T#t#INBOUND#<requestId>} / {@code OPTIN} — beside its request.</li>
 *   <li>lead audit entry: {@code T#t#LEAD#<id>} / {@code AUDIT#<at>#<entryId>}.</li>
 *   <li>an OPEN lead with an owner and a contact-by deadline is also on its owner's agenda (GSI1
 *       {@code T#t#AGENDA#<ownerId>}, sort {@code <contactBy>#L#<id>}, beside the open tasks' {@code <dueAt>#<taskId>},
 *       so both sort by due time); the lead's own Put moves it on reassignment and removes it when it leaves OPEN.</li>
 * </ul>
 */
final class LeadKeys {
    static final String INBOUND_SK = "INBOUND";
    static final String LEAD_SK = "LEAD";
    static final String SETTINGS_SK = "LEADS";
    static final String COUNTER_SK = "COUNTER";
    static final String OPTIN_SK = "OPTIN";

    private LeadKeys() {
    }

    static Map<String, AttributeValue> inbound(String tenantId, String inboundId) {
        return Keys.key(Keys.tenant(tenantId) + "INBOUND#" + inboundId, INBOUND_SK);
    }

    /**
     * A replay guard of inbound requests: {@code T#t#INBOUND_KEY#<key>} / {@code GUARD}, holding the id of the request
     * that took it and an {@code expiresAt} (TTL). The key says what it guards (a submission id, a payload hash, a
     * provider's event id) and of which source.
     */
    static Map<String, AttributeValue> inboundGuard(String tenantId, String key) {
        return Keys.key(Keys.tenant(tenantId) + "INBOUND_KEY#" + key, "GUARD");
    }

    static Map<String, AttributeValue> lead(String tenantId, String leadId) {
        return Keys.key(Keys.tenant(tenantId) + "LEAD#" + leadId, LEAD_SK);
    }

    static String leadsByOwner(String tenantId, String ownerId) {
        return Keys.tenant(tenantId) + "LEADS#OWNER#" + ownerId;
    }

    static String leadsByTeam(String tenantId, String teamId) {
        return Keys.tenant(tenantId) + "LEADS#TEAM#" + teamId;
    }

    static String leads(String tenantId) {
        return Keys.tenant(tenantId) + "LEADS";
    }

    /** The sort value of a lead on its list indexes: status first, so a Query with begins_with lists one status. */
    static String listSort(Lead lead) {
        return lead.status() + "#" + Stamp.sortable(lead.createdAt()) + "#" + lead.id();
    }

    static Map<String, AttributeValue> of(String tenantId, Lead lead) {
        Map<String, AttributeValue> keys = lead(tenantId, lead.id());
        String sort = listSort(lead);
        Keys.index(keys, TableDesign.JOURNAL_INDEX, leads(tenantId), sort);
        if (lead.ownerId() != null) {
            Keys.index(keys, TableDesign.OWNER_INDEX, leadsByOwner(tenantId, lead.ownerId()), sort);
        }
        if (lead.teamId() != null) {
            Keys.index(keys, TableDesign.TEAM_INDEX, leadsByTeam(tenantId, lead.teamId()), sort);
        }
        if (lead.isOpen() && lead.ownerId() != null && lead.contactBy() != null) {
            Keys.index(keys, TableDesign.AGENDA_INDEX, Keys.agenda(tenantId, lead.ownerId()), agendaSort(lead));
        }
        return keys;
    }

    /** A lead's place on its owner's agenda: by its contact-by deadline, as tasks sort by their due time. */
    static String agendaSort(Lead lead) {
        return Stamp.sortable(lead.contactBy()) + "#L#" + lead.id();
    }

    static Map<String, AttributeValue> settings(String tenantId) {
        return Keys.key(Keys.settings(tenantId), SETTINGS_SK);
    }

    static Map<String, AttributeValue> roundRobin(String tenantId, String poolId) {
        return Keys.key(Keys.tenant(tenantId) + "ROUNDROBIN#" + poolId, COUNTER_SK);
    }

    static Map<String, AttributeValue> of(String tenantId, LeadSettings settings) {
        return settings(tenantId);
    }

    /** A lead's audit entry: in the lead's partition, sorting before {@code LEAD} (a GetItem of the lead never reads it). */
    static Map<String, AttributeValue> of(String tenantId, LeadAuditEntry audit) {
        return Keys.key(Keys.tenant(tenantId) + "LEAD#" + audit.leadId(), Keys.auditSk(audit.entry().at(), audit.entry().id()));
    }

    static Map<String, AttributeValue> of(String tenantId, InboundRequest request) {
        Map<String, AttributeValue> keys = inbound(tenantId, request.id());
        if (request.status() == InboundStatus.FAILED) {
            // Every write of a request is a whole Put, so the index keys go when the request leaves FAILED (a retry).
            Keys.index(keys, TableDesign.JOURNAL_INDEX, failedInbound(tenantId),
                    Stamp.sortable(request.receivedAt()) + "#" + request.id());
        }
        return keys;
    }

    static String failedInbound(String tenantId) {
        return Keys.tenant(tenantId) + "INBOUND#FAILED";
    }

    static Map<String, AttributeValue> of(String tenantId, InboundAuditEntry audit) {
        return Keys.key(Keys.tenant(tenantId) + "INBOUND#" + audit.requestId(), Keys.auditSk(audit.entry().at(), audit.entry().id()));
    }

    /** A double opt-in beside its request: {@code T#t#INBOUND#<requestId>} / {@code OPTIN}. */
    static Map<String, AttributeValue> consentConfirmation(String tenantId, String requestId) {
        return Keys.key(Keys.tenant(tenantId) + "INBOUND#" + requestId, OPTIN_SK);
    }

    static Map<String, AttributeValue> of(String tenantId, ConsentConfirmation confirmation) {
        return consentConfirmation(tenantId, confirmation.id());
    }
}
