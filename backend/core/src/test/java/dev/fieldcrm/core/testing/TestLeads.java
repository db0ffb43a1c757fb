package dev.fieldcrm.core.testing;

import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.leads.InboundCall;
import dev.fieldcrm.core.leads.InboundChannel;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.InboundStatus;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadFields;
import dev.fieldcrm.core.leads.LeadStatus;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.store.ChangeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Open leads as the worker's processing leaves them (its request, the lead, the lead's email/phone guards: one
 * transaction), for tests of the leads inbox that must not depend on the processing itself.
 */
public final class TestLeads {
    private final DynamoDbClient dynamo;
    private final String table;

    public TestLeads(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * Stores an open lead with one processed web-form request.
     *
     * @param email normalised (lower case) or null
     * @param phone E.164 or null
     */
    public Lead open(String tenant, String ownerId, String teamId, String name, String company, String email, String phone,
                     String message) {
        Instant at = Instant.parse("2026-11-23T09:00:00Z").plusSeconds(Math.abs(Ids.newId().hashCode() % 100_000));
        LeadFields fields = new LeadFields(name, company, email, phone, "Россия", null, "Тверь", message, Map.of(), Map.of());
        InboundRequest request = new InboundRequest(Ids.newId(), InboundChannel.WEB_FORM, "form1", "Contact us",
                Ids.newId(), at, fields, Map.of("utm_source", "google"), null, null, InboundStatus.PROCESSED, null, 2, null);
        InboundRequest call = new InboundRequest(Ids.newId(), InboundChannel.CALL, "int1", "Call tracking",
                Ids.newId(), at.plusSeconds(60), fields, Map.of(),
                new InboundCall(InboundCall.Event.MISSED, null, null, "yandex-direct"), null, InboundStatus.PROCESSED, null, 2, null);
        Lead lead = new Lead(Ids.newId(), LeadStatus.OPEN, ownerId, teamId, fields, email, phone, "website", "Contact us",
                Map.of("utm_source", "google"), List.of(request.id(), call.id()), at.plusSeconds(900), null, null, at, at,
                "website", 1);
        ChangeSet changes = new ChangeSet().create(request).create(call).create(lead);
        RecordRef ref = new RecordRef(lead.id(), null, lead.displayName());
        lead.guards().forEach(guard -> changes.claim(guard, ref));
        new DynamoChangeWriter(dynamo, table).apply(tenant, changes);
        return lead;
    }
}
