package dev.fieldcrm.api.support;

import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.leads.InboundChannel;
import dev.fieldcrm.core.leads.InboundOutcome;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.InboundStatus;
import dev.fieldcrm.core.leads.LeadFields;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.store.ChangeSet;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Web-form requests stored as processing leaves them: waiting ({@code RECEIVED}) or given up after three failed
 * runs ({@code FAILED}, "no one to assign"). Stored directly, because in a tenant with users (acme) every request
 * processes fine: a give-up needs a tenant without reps (the worker's {@code InboundRetryTest} runs that path).
 */
public final class InboundRequests {
    private InboundRequests() {
    }

    public static InboundRequest request(Instant receivedAt, InboundStatus status) {
        boolean failed = status == InboundStatus.FAILED;
        InboundOutcome outcome = failed ? new InboundOutcome(InboundOutcome.Kind.FAILED, null,
                null, null, null, null, null, null, receivedAt.plusSeconds(1)) : null;
        return new InboundRequest(Ids.newId(), InboundChannel.WEB_FORM, "form-1", "Contact us", "sub-" + Ids.newId(),
                receivedAt, new LeadFields("Lost Person", null, "lost@example.com", null, null, null, null, "Hello", null,
                null), Map.of("utm_source", "google"), null, null, status, outcome, 4, List.of(),
                failed ? 3 : 0, failed ? "IllegalStateException: no one to assign" : null);
    }

    public static InboundRequest store(String tenant, InboundRequest request) {
        new DynamoChangeWriter(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE)
                .apply(tenant, new ChangeSet().create(request));
        return request;
    }
}
