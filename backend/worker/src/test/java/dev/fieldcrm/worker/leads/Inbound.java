package dev.fieldcrm.worker.leads;

import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.dynamo.DynamoInboundLookups;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.leads.InboundCall;
import dev.fieldcrm.core.leads.InboundChannel;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.InboundStatus;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.InboundServices;
import dev.fieldcrm.core.leads.InboundProcessing;
import dev.fieldcrm.core.leads.IntakeTerms;
import dev.fieldcrm.core.leads.LeadAssigner;
import dev.fieldcrm.core.leads.LeadFields;
import dev.fieldcrm.core.leads.LeadRouting;
import dev.fieldcrm.core.leads.LeadSettings;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.worker.support.WorkerDynamoResource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Inbound requests as the public endpoints store them (status RECEIVED), and reads of what processing made. */
final class Inbound {
    private Inbound() {
    }

    static InboundRequest form(String name, String email, String phone) {
        return request(InboundChannel.WEB_FORM, new LeadFields(name, null, email, phone, null, null, null,
                "Please call me about the offer", Map.of("marketing", true), Map.of()), null);
    }

    static InboundRequest call(String phone, InboundCall call) {
        return request(InboundChannel.CALL, new LeadFields(null, null, null, phone, null, null, null, null, null, null), call);
    }

    static InboundRequest chat(String name, String email) {
        return request(InboundChannel.CHAT, new LeadFields(name, null, email, null, null, null, null, "Hi, a question",
                null, null), null);
    }

    private static InboundRequest request(InboundChannel channel, LeadFields fields, InboundCall call) {
        return new InboundRequest(Ids.newId(), channel, "form-1", "Contact us", "sub-" + Ids.newId(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), fields,
                Map.of("utm_source", "google", "utm_campaign", "spring"), call, null, InboundStatus.RECEIVED, null, 1, null);
    }

    /** The request as a double opt-in form stores it: the optional consent is pending, not given. */
    static InboundRequest pending(InboundRequest r, String consent) {
        return new InboundRequest(r.id(), r.channel(), r.sourceId(), r.sourceName(), r.externalId(), r.receivedAt(),
                r.fields().withoutConsents(java.util.List.of(consent)), r.tracking(), r.call(), r.routing(), r.status(),
                r.outcome(), r.version(), java.util.List.of(consent));
    }

    /** The request as a form with this routing stores it. */
    static InboundRequest routed(InboundRequest r, LeadRouting routing) {
        return new InboundRequest(r.id(), r.channel(), r.sourceId(), r.sourceName(), r.externalId(), r.receivedAt(),
                r.fields(), r.tracking(), r.call(), routing, r.status(), r.outcome(), r.version(), r.pendingConsents());
    }

    /** Processing as in a tenant whose unmatched requests become a client + contact + deal (lead settings: CLIENT). */
    static InboundProcessing clientMode(CoreServices core, LeadAssigner assigner, Notifications notifications) {
        return InboundServices.processing(WorkerDynamoResource.client(), WorkerDynamoResource.TABLE, core,
                tenantId -> IntakeTerms.of(new LeadSettings(null, LeadSettings.CreateAs.CLIENT, 15, null, null, null, 0)),
                assigner, notifications, java.time.Clock.systemUTC());
    }

    /** Stores the request as the public endpoint does (one transaction), so its insert is on the stream. */
    static InboundRequest store(String tenantId, InboundRequest request) {
        new DynamoChangeWriter(WorkerDynamoResource.client(), WorkerDynamoResource.TABLE)
                .apply(tenantId, new ChangeSet().create(request));
        return request;
    }

    /** The insert as the stream reports it. */
    static Change inserted(String tenantId, InboundRequest request) {
        return new Change(tenantId, "event-" + request.id(), null, request);
    }

    static InboundRequest stored(String tenantId, String requestId) {
        return lookups().request(tenantId, requestId).orElseThrow();
    }

    static Lead lead(String tenantId, String leadId) {
        return lookups().lead(tenantId, leadId).orElseThrow();
    }

    static DynamoInboundLookups lookups() {
        return new DynamoInboundLookups(WorkerDynamoResource.client(), WorkerDynamoResource.TABLE);
    }

    static String unique(String prefix) {
        return prefix + "." + Ids.newId().toLowerCase() + "@example.com";
    }

    /** A Russian mobile number nobody else in the test JVM uses (E.164 and as typed locally). */
    static String[] phone() {
        String digits = String.valueOf(Math.abs(Ids.newId().hashCode()) % 10_000_000 + 10_000_000).substring(1);
        return new String[]{"+7912" + digits, "8 (912) " + digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5)};
    }
}
