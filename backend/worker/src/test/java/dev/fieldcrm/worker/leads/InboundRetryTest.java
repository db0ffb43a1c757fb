package dev.fieldcrm.worker.leads;

import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoWebFormStore;
import dev.fieldcrm.core.dynamo.LeadInboxServices;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.leads.FailedInbound;
import dev.fieldcrm.core.leads.FailedRequests;
import dev.fieldcrm.core.leads.InboundOutcome;
import dev.fieldcrm.core.leads.InboundProcessing;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.InboundStatus;
import dev.fieldcrm.core.leads.LeadAssigner;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.worker.support.Stream;
import dev.fieldcrm.worker.support.WorkerDynamoResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A manager's "retry now" of a request processing gave up on: back on the stream, processed once more. */
@QuarkusTest
class InboundRetryTest {
    @Inject CoreServices core;
    @Inject LeadAssigner assigner;
    @Inject Notifications notifications;

    @Test
    void aRetriedFailedRequest_isProcessedByTheWorkerFromTheStream_once() {
        String tenant = "retry" + Ids.newId().substring(20).toLowerCase();
        InboundRequest request = givenUp(tenant);

        FailedInbound retried = retries().retry(manager(tenant), request.id());
        assertThat(retried.status()).isEqualTo(InboundStatus.RECEIVED);
        Stream.pump(); // the stream's worker (lead mode: an unassigned lead needs no user) takes the retry

        InboundRequest processed = Inbound.stored(tenant, request.id());
        assertThat(processed.status()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(processed.outcome().kind()).isEqualTo(InboundOutcome.Kind.NEW_LEAD);
        assertThat(Inbound.lead(tenant, processed.outcome().leadId()).inboundIds()).containsExactly(request.id());
        long version = processed.version();

        Stream.pump(); // nothing more to deliver; and a retry of a processed request is a no-op
        assertThat(retries().retry(manager(tenant), request.id()).status()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(Inbound.stored(tenant, request.id()).version()).isEqualTo(version);
    }

    @Test
    void aRetryThatFailsAgain_isGivenUpAtOnce_countedAgain_andTheShardMovesOn() {
        String tenant = "refail" + Ids.newId().substring(20).toLowerCase();
        InboundRequest request = givenUp(tenant);
        InboundRequest failed = Inbound.stored(tenant, request.id());

        retries().retry(manager(tenant), request.id());
        InboundRequest received = Inbound.stored(tenant, request.id());
        clientMode().on(new Change(tenant, "event-retry-" + request.id(), failed, received)); // no throw: one run only

        InboundRequest again = Inbound.stored(tenant, request.id());
        assertThat(again.status()).isEqualTo(InboundStatus.FAILED);
        assertThat(again.attempts()).isEqualTo(InboundProcessing.MAX_ATTEMPTS + 1);
        assertThat(new DynamoWebFormStore(WorkerDynamoResource.client(), WorkerDynamoResource.TABLE)
                .counts(tenant, request.sourceId()).failed()).isEqualTo(2);
    }

    @Test
    void theWorkersOwnWritesOfARequest_areNotWork() {
        String tenant = "own" + Ids.newId().substring(20).toLowerCase();
        InboundRequest request = givenUp(tenant);
        InboundRequest failed = Inbound.stored(tenant, request.id());

        // FAILED → FAILED (a redelivered give-up) and RECEIVED → RECEIVED (a failed run recorded) start nothing.
        clientMode().on(new Change(tenant, "event-own-" + request.id(), failed, failed));
        clientMode().on(new Change(tenant, "event-own2-" + request.id(), request, request));

        assertThat(Inbound.stored(tenant, request.id()).version()).isEqualTo(failed.version());
    }

    /** A request in a tenant with no users, processed in client mode (nobody to own the client) until given up. */
    private InboundRequest givenUp(String tenant) {
        InboundRequest request = Inbound.store(tenant, Inbound.form("Lost", Inbound.unique("lost"), null));
        for (int run = 1; run < InboundProcessing.MAX_ATTEMPTS; run++) {
            assertThatThrownBy(() -> clientMode().on(Inbound.inserted(tenant, request)))
                    .isInstanceOf(IllegalStateException.class);
        }
        clientMode().on(Inbound.inserted(tenant, request));
        assertThat(Inbound.stored(tenant, request.id()).status()).isEqualTo(InboundStatus.FAILED);
        return request;
    }

    private InboundProcessing clientMode() {
        return Inbound.clientMode(core, assigner, notifications);
    }

    private static FailedRequests retries() {
        return LeadInboxServices.failedRequests(WorkerDynamoResource.client(), WorkerDynamoResource.TABLE, Clock.systemUTC());
    }

    private static Caller manager(String tenant) {
        return new Caller(tenant, "boss", Set.of(Role.MANAGER), "east", ZoneOffset.UTC);
    }
}
