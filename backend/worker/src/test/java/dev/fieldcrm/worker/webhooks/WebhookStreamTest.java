package dev.fieldcrm.worker.webhooks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.WebhookServices;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.webhooks.WebhookDeliveryStatus;
import dev.fieldcrm.core.webhooks.AddressGuard;
import dev.fieldcrm.core.webhooks.WebhookEvent;
import dev.fieldcrm.core.webhooks.WebhookInput;
import dev.fieldcrm.core.webhooks.WebhookSignature;
import dev.fieldcrm.core.webhooks.WebhookTargets;
import dev.fieldcrm.core.webhooks.WebhookWithSecret;
import dev.fieldcrm.worker.support.DynamoCalls;
import dev.fieldcrm.worker.support.Stream;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployed wiring end to end: a change written through the core, DynamoDB Local's real stream pumped through the
 * Lambda stream handler, the webhook listener, the SSRF-guarded HTTPS transport, a real HTTPS receiver on loopback —
 * reachable only because this test's profile allows loopback (a setting honoured in test mode only).
 */
@QuarkusTest
@TestProfile(WebhookStreamTest.LoopbackReceiver.class)
class WebhookStreamTest {
    private static WireMockServer receiver;

    /** The test-only settings: loopback allowed, the receiver's certificate trusted. */
    public static class LoopbackReceiver implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A budget no loaded test machine reaches, so the calls below are all made before the batch ends.
            return Map.of("fieldcrm.webhooks.first-attempts-budget", "60s",
                    "fieldcrm.webhooks.test.allow-loopback", "true",
                    "fieldcrm.webhooks.test.trust-store", TestReceiver.keystore().toString(),
                    "fieldcrm.webhooks.test.trust-store-password", TestReceiver.PASSWORD);
        }
    }

    @Inject CoreServices core;
    @Inject WebhookServices webhooks;
    @Inject DynamoCalls calls;

    @BeforeAll
    static void startReceiver() {
        receiver = TestReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @Test
    void aClientCreatedAndChanged_reachTheReceiverSigned_throughTheRealStream() {
        receiver.stubFor(post("/stream").willReturn(aResponse().withStatus(200)));
        String tenant = "whs" + Ids.newId().substring(18).toLowerCase();
        Caller admin = new Caller(tenant, "boss", Set.of(Role.ADMIN), "hq", ZoneId.of("UTC"));
        Caller rep = new Caller(tenant, "rep", Set.of(Role.REP), "hq", ZoneId.of("UTC"));
        WebhookWithSecret subscription = webhooks
                .subscriptions(new WebhookTargets(AddressGuard.allowingLoopbackForTests(), Set.of(receiver.httpsPort())))
                .create(admin, new WebhookInput("https://127.0.0.1:" + receiver.httpsPort() + "/stream",
                        Set.of(WebhookEvent.CLIENT_CREATED, WebhookEvent.CLIENT_CHANGED), true, "stream test"), null);
        Stream.pump();

        Client client = core.clients().create(rep, null, details("Streamed " + Ids.newId()), null);
        calls.reset();
        Stream.pump();
        // The listener's calls for one event and one subscription: subscriptions (Query, then cached), create the
        // delivery, read the subscription (secret), claim, record the outcome, record the first success. Beside it,
        // data hygiene reads the tenant's rule settings and looks for the new client's deals (GetItem, one Query, none
        // found), the analytics aggregates count the new client (one Query of the tenant's users, one transaction:
        // marker + ADD), the sync feed places the client in its owner's feed (one BatchWriteItem), and the receivables
        // tally reads the client's state (one BatchGetItem; it owes nothing, so nothing is written).
        assertThat(calls.made()).containsSubsequence("Query", "TransactWriteItems", "GetItem", "TransactWriteItems",
                "TransactWriteItems", "TransactWriteItems").hasSize(12).filteredOn("Query"::equals).hasSize(3);
        assertThat(calls.made()).filteredOn("BatchWriteItem"::equals).hasSize(1);

        core.clients().update(rep, client.id(), client.version(), details("Renamed " + Ids.newId()));
        Stream.pump();

        assertThat(webhooks.store().deliveries(tenant, subscription.webhook().id(), PageRequest.first(10)).items())
                .hasSize(2).allSatisfy(delivery -> assertThat(delivery.status()).as(delivery.toString()).isEqualTo(WebhookDeliveryStatus.DELIVERED));
        List<LoggedRequest> posts = receiver.findAll(postRequestedFor(urlEqualTo("/stream")));
        assertThat(posts).extracting(r -> r.getHeader("X-FieldCRM-Event")).containsExactly("CLIENT_CREATED", "CLIENT_CHANGED");
        assertThat(posts).allSatisfy(request -> {
            assertThat(request.getBodyAsString()).contains(client.id());
            assertThat(WebhookSignature.verify(subscription.secret(), Long.parseLong(request.getHeader("X-FieldCRM-Timestamp")),
                    request.getBody(), request.getHeader("X-FieldCRM-Signature"))).isTrue();
        });
    }

    private static ClientDetails details(String name) {
        return new ClientDetails(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
