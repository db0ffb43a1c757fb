package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.leads.InboundLookups;
import dev.fieldcrm.core.leads.InboundMatch;
import dev.fieldcrm.core.leads.ConsentConfirmation;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.UniqueValue;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.fieldcrm.core.dynamo.TableDesign.PK;

/** Reads of inbound processing: GetItem by key, and the person's guards in one consistent BatchGetItem. */
public final class DynamoInboundLookups implements InboundLookups {
    private static final String GUARD = "GUARD";
    /** The order in which holders win: a client's over a lead's, an email over a phone. */
    private static final List<UniqueValue.Kind> PRECEDENCE = List.of(UniqueValue.Kind.EMAIL, UniqueValue.Kind.PHONE,
            UniqueValue.Kind.LEAD_EMAIL, UniqueValue.Kind.LEAD_PHONE);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoInboundLookups(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** GetItem (consistent) {@code T#t#INBOUND#<id>} / {@code INBOUND}. */
    @Override
    public Optional<InboundRequest> request(String tenantId, String requestId) {
        return get(LeadKeys.inbound(tenantId, requestId), InboundRequest.class);
    }

    /** GetItem (consistent) {@code T#t#LEAD#<id>} / {@code LEAD}. */
    @Override
    public Optional<Lead> lead(String tenantId, String leadId) {
        return get(LeadKeys.lead(tenantId, leadId), Lead.class);
    }

    /** GetItem (consistent) {@code T#t#INBOUND#<requestId>} / {@code OPTIN}. */
    @Override
    public Optional<ConsentConfirmation> consentConfirmation(String tenantId, String requestId) {
        return get(LeadKeys.consentConfirmation(tenantId, requestId), ConsentConfirmation.class);
    }

    /** One BatchGetItem (consistent) of at most four guards: {@code T#t#UNIQUE#<kind>#<value>} / {@code GUARD}. */
    @Override
    public InboundMatch match(String tenantId, String email, String phone) {
        List<UniqueValue> values = new ArrayList<>();
        if (email != null) {
            values.add(UniqueValue.email(email));
            values.add(new UniqueValue(UniqueValue.Kind.LEAD_EMAIL, email));
        }
        if (phone != null) {
            values.add(UniqueValue.phone(phone));
            values.add(new UniqueValue(UniqueValue.Kind.LEAD_PHONE, phone));
        }
        if (values.isEmpty()) {
            return InboundMatch.NONE;
        }
        Map<String, UniqueValue> byKey = new HashMap<>();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (UniqueValue value : values) {
            String pk = Keys.guard(tenantId, value);
            byKey.put(pk, value);
            keys.add(Keys.key(pk, GUARD));
        }
        Map<UniqueValue.Kind, RecordRef> holders = new HashMap<>();
        for (Map<String, AttributeValue> item : BatchReads.get(dynamo, table, keys, true)) {
            String contactId = item.get("contactId").s();
            holders.put(byKey.get(item.get(PK).s()).kind(), new RecordRef(item.get("clientId").s(),
                    "-".equals(contactId) ? null : contactId, item.containsKey("name") ? item.get("name").s() : null));
        }
        for (UniqueValue.Kind kind : PRECEDENCE) {
            RecordRef holder = holders.get(kind);
            if (holder == null) {
                continue;
            }
            boolean lead = kind == UniqueValue.Kind.LEAD_EMAIL || kind == UniqueValue.Kind.LEAD_PHONE;
            // A lead's guard names the lead in its clientId attribute (RecordRef(leadId, null, name)).
            return lead ? new InboundMatch(null, holder.clientId()) : new InboundMatch(holder, null);
        }
        return InboundMatch.NONE;
    }

    private <T> Optional<T> get(Map<String, AttributeValue> key, Class<T> type) {
        var response = dynamo.getItem(g -> g.tableName(table).key(key).consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ItemCodec.decode(response.item(), type));
    }
}
