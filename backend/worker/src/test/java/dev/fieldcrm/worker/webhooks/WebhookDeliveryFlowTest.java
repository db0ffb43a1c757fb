package dev.fieldcrm.worker.webhooks;

import dev.fieldcrm.core.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.core.dynamo.WebhookServices;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.webhooks.AddressGuard;
import dev.fieldcrm.core.webhooks.DeliveryPolicy;
import dev.fieldcrm.core.webhooks.WebhookDeliveryStatus;
import dev.fieldcrm.core.webhooks.Resolver;
import dev.fieldcrm.core.webhooks.SafeTargets;
import dev.fieldcrm.core.webhooks.Webhook;
import dev.fieldcrm.core.webhooks.WebhookDeadLetters;
import dev.fieldcrm.core.webhooks.WebhookDelivery;
import dev.fieldcrm.core.webhooks.WebhookDispatcher;
import dev.fieldcrm.core.webhooks.WebhookEvent;
import dev.fieldcrm.core.webhooks.WebhookInput;
import dev.fieldcrm.core.webhooks.WebhookRetryJob;
import dev.fieldcrm.core.webhooks.WebhookService;
import dev.fieldcrm.core.webhooks.WebhookSignature;
import dev.fieldcrm.core.webhooks.WebhookTargets;
import dev.fieldcrm.core.webhooks.WebhookWithSecret;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries end to end on a real DynamoDB Local (own instance, so the due index and the retry job's checkpoint are
 * this test's alone) and a real HTTPS receiver, with the clock under the test's control: signing, fan-out,
 * idempotence under stream redelivery, retries through the due index, parking, switching off, manual redelivery.
 */
class WebhookDeliveryFlowTest {
    private static final String TABLE = "webhook-flow";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static DynamoDbLocalServer dynamoServer;
    private static DynamoDbClient dynamo;
    private static WireMockServer receiver;
    private static HttpsWebhookTransport transport;

    /** Only the test name and a name for an internal address are known; both point where the test wants. */
    private static final Resolver TEST_DNS = host -> switch (host) {
        case TestReceiver.NAME -> List.of(InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1}));
        case "internal.fieldcrm.test" -> List.of(InetAddress.getByAddress(host, new byte[]{10, 0, 0, 7}));
        default -> throw new java.net.UnknownHostException(host);
    };

    /** One clock for all tests of the class: the retry job's checkpoint is one, so time only moves forward. */
    private static final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final List<WebhookDelivery> deadLetters = new CopyOnWriteArrayList<>();
    private String tenant;
    private Caller admin;
    private Caller rep;
    private CoreServices core;
    private WebhookServices webhooks;
    private WebhookService subscriptions;

    @BeforeAll
    static void start() {
        dynamoServer = DynamoDbLocalServer.inMemory();
        dynamo = dynamoServer.client();
        TableDesign.createIfMissing(dynamo, TABLE);
        receiver = TestReceiver.start();
        transport = new HttpsWebhookTransport(new SafeTargets(TEST_DNS, AddressGuard.allowingLoopbackForTests()),
                TestReceiver.trustingIt(), Duration.ofSeconds(2), Duration.ofSeconds(3), 4096);
    }

    @AfterAll
    static void stop() throws Exception {
        transport.close();
        receiver.stop();
        dynamo.close();
        dynamoServer.close();
    }

    @BeforeEach
    void tenantOfItsOwn() {
        receiver.resetAll();
        clock.advance(Duration.ofDays(2));  // past every delivery an earlier test left due
        tenant = "flow" + SEQUENCE.incrementAndGet();
        admin = new Caller(tenant, "boss", Set.of(Role.ADMIN), "hq", ZoneId.of("UTC"));
        rep = new Caller(tenant, "rep", Set.of(Role.REP), "hq", ZoneId.of("UTC"));
        core = CoreServices.onDynamo(dynamo, TABLE, "RU", clock);
        webhooks = WebhookServices.onDynamo(dynamo, TABLE, clock);
        subscriptions = webhooks.subscriptions(new WebhookTargets(AddressGuard.strict(), Set.of(receiver.httpsPort())));
    }

    private WebhookDispatcher dispatcher(DeliveryPolicy policy) {
        WebhookDeadLetters dlq = (t, delivery, reason) -> deadLetters.add(delivery);
        return webhooks.dispatcher(transport, dlq, policy);
    }

    /** One stream batch of one change: the listener records its deliveries and the batch ends (first attempts awaited). */
    private static void streamed(WebhookDispatcher dispatcher, Change change) {
        dispatcher.on(change);
        dispatcher.batchEnded();
    }

    /** With a first-attempts budget no loaded test machine reaches: a batch ends after its attempts. */
    private static DeliveryPolicy policy(int maxAttempts, int disableAfter) {
        return new DeliveryPolicy(maxAttempts, disableAfter, Duration.ofMinutes(1), Duration.ofHours(12),
                Duration.ofMinutes(2), fixedJitter(), Duration.ofSeconds(60));
    }

    private WebhookWithSecret subscribe(String path, WebhookEvent... events) {
        return subscribe("https://" + TestReceiver.NAME + ":" + receiver.httpsPort() + path, Set.of(events));
    }

    private WebhookWithSecret subscribe(String url, Set<WebhookEvent> events) {
        return subscriptions.create(admin, new WebhookInput(url, events, true, "test"), null);
    }

    private Change clientCreated(String streamEventId) {
        Client client = core.clients().create(rep, null, details("Client " + SEQUENCE.incrementAndGet()), null);
        return new Change(tenant, streamEventId, null, client);
    }

    private List<WebhookDelivery> deliveries(String subscriptionId) {
        return subscriptions.deliveries(admin, subscriptionId, PageRequest.first(50)).items();
    }

    @Test
    void aCreatedClient_isPostedSignedOnce_toTheSubscriptionThatWantsIt_only() throws Exception {
        receiver.stubFor(post("/clients").willReturn(aResponse().withStatus(200).withBody("ok")));
        WebhookWithSecret wanted = subscribe("/clients", WebhookEvent.CLIENT_CREATED, WebhookEvent.CLIENT_CHANGED);
        WebhookWithSecret other = subscribe("/orders", WebhookEvent.ORDER_SUBMITTED);
        Change change = clientCreated("stream-1");

        streamed(dispatcher(policy(8, 50)), change);

        List<LoggedRequest> posts = receiver.findAll(postRequestedFor(urlEqualTo("/clients")));
        assertThat(posts).hasSize(1);
        LoggedRequest request = posts.getFirst();
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("X-FieldCRM-Event")).isEqualTo("CLIENT_CREATED");
        assertThat(WebhookSignature.verify(wanted.secret(), Long.parseLong(request.getHeader("X-FieldCRM-Timestamp")),
                request.getBody(), request.getHeader("X-FieldCRM-Signature"))).isTrue();
        JsonNode body = JSON.readTree(request.getBody());
        Client client = change.after(Client.class).orElseThrow();
        assertThat(body.get("type").asText()).isEqualTo("CLIENT_CREATED");
        assertThat(body.at("/data/client/id").asText()).isEqualTo(client.id());
        assertThat(body.at("/data/client/details/name").asText()).isEqualTo(client.details().name());
        assertThat(request.getBodyAsString()).doesNotContain(tenant).doesNotContain(wanted.secret());

        WebhookDelivery delivery = deliveries(wanted.webhook().id()).getFirst();
        assertThat(delivery.id()).isEqualTo(request.getHeader("X-FieldCRM-Delivery"));
        assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastResponseCode()).isEqualTo(200);
        assertThat(delivery.lastResponseExcerpt()).isEqualTo("ok");
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(deliveries(other.webhook().id())).isEmpty();
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/orders")))).isEmpty();
    }

    @Test
    void afterARotation_deliveriesCarryBothSignaturesForADay_thenOnlyTheNewSecretsOne() throws Exception {
        receiver.stubFor(post("/rotating").willReturn(aResponse().withStatus(200)));
        WebhookWithSecret created = subscribe("/rotating", WebhookEvent.CLIENT_CREATED);
        WebhookWithSecret rotated = subscriptions.rotateSecret(admin, created.webhook().id(), created.webhook().version());
        assertThat(rotated.webhook().previousSecretUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));

        streamed(dispatcher(policy(8, 50)), clientCreated("rotation-1"));
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        streamed(dispatcher(policy(8, 50)), clientCreated("rotation-2"));

        List<LoggedRequest> posts = receiver.findAll(postRequestedFor(urlEqualTo("/rotating")));
        assertThat(posts).hasSize(2);
        LoggedRequest withinTheDay = posts.get(0);
        LoggedRequest after = posts.get(1);
        assertThat(signedWith(created.secret(), withinTheDay)).as("old secret, within the overlap").isTrue();
        assertThat(signedWith(rotated.secret(), withinTheDay)).as("new secret, within the overlap").isTrue();
        assertThat(signedWith(created.secret(), after)).as("old secret, after the overlap").isFalse();
        assertThat(signedWith(rotated.secret(), after)).as("new secret, after the overlap").isTrue();
    }

    private static boolean signedWith(String secret, LoggedRequest request) {
        return WebhookSignature.verify(secret, Long.parseLong(request.getHeader("X-FieldCRM-Timestamp")), request.getBody(),
                request.getHeader("X-FieldCRM-Signature"));
    }

    @Test
    void aSlowReceiver_doesNotHoldTheBatchPastItsBudget_andEachOfItsDeliveriesIsStillPostedOnce() throws Exception {
        receiver.stubFor(post("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(1_500)));
        WebhookWithSecret subscription = subscribe("/slow", WebhookEvent.CLIENT_CREATED);
        WebhookDispatcher dispatcher = dispatcher(policy(8, 50).withFirstAttemptsBudget(Duration.ofMillis(100)));

        dispatcher.on(clientCreated("stream-slow-1"));
        dispatcher.on(clientCreated("stream-slow-2"));
        dispatcher.batchEnded();

        // The batch ended while the receiver still held both requests: nothing is recorded delivered yet.
        assertThat(deliveries(subscription.webhook().id())).hasSize(2).extracting(WebhookDelivery::status)
                .doesNotContain(WebhookDeliveryStatus.DELIVERED);
        // Each attempt holds its claim and records the answer when it comes; the retry job finds nothing to repeat.
        List<WebhookDelivery> settled = awaitSettled(subscription.webhook().id());
        webhooks.retryJob(dispatcher).run(clock.instant());
        assertThat(settled).extracting(WebhookDelivery::status).containsOnly(WebhookDeliveryStatus.DELIVERED);
        assertThat(settled).extracting(WebhookDelivery::attempts).containsOnly(1);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/slow"))))
                .extracting(r -> r.getHeader("X-FieldCRM-Delivery")).hasSize(2).doesNotHaveDuplicates();
    }

    /** The subscription's deliveries once none is PENDING or SENDING any more (waits at most 20 s). */
    private List<WebhookDelivery> awaitSettled(String subscriptionId) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<WebhookDelivery> now = deliveries(subscriptionId);
            if (now.stream().noneMatch(d -> d.status() == WebhookDeliveryStatus.PENDING
                    || d.status() == WebhookDeliveryStatus.SENDING)) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("deliveries still in flight: " + deliveries(subscriptionId));
    }

    @Test
    void theSameStreamEventDeliveredTwice_makesOneDelivery_andOnePost() {
        receiver.stubFor(post("/in").willReturn(aResponse().withStatus(204)));
        WebhookWithSecret subscription = subscribe("/in", WebhookEvent.CLIENT_CREATED);
        Change change = clientCreated("stream-twice");
        WebhookDispatcher dispatcher = dispatcher(policy(8, 50));

        streamed(dispatcher, change);
        streamed(dispatcher, change);
        streamed(dispatcher(policy(8, 50)), change);  // another worker instance, same stream record

        assertThat(deliveries(subscription.webhook().id())).hasSize(1);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/in")))).hasSize(1);
    }

    @Test
    void aChangeThatIsNoEvent_makesNoDelivery() {
        WebhookWithSecret subscription = subscribe("/in", WebhookEvent.CLIENT_CREATED, WebhookEvent.CLIENT_CHANGED);
        Client created = core.clients().create(rep, null, details("Quiet " + SEQUENCE.incrementAndGet()), null);
        Client sameDetails = new Client(created.id(), created.ownerId(), created.teamId(), created.details(), false,
                clock.instant(), created.recentInteractions(), created.createdAt(), created.createdBy(), clock.instant(),
                "rep", created.version() + 1);

        streamed(dispatcher(policy(8, 50)), new Change(tenant, "stream-quiet", created, sameDetails));

        assertThat(deliveries(subscription.webhook().id())).isEmpty();
    }

    @Test
    void failedAttempts_areRetriedWithBackoffFromTheDueIndex_untilTheReceiverAccepts() {
        receiver.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("boom")).willSetStateTo("second"));
        receiver.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(302).withHeader("Location", "https://127.0.0.1/elsewhere"))
                .willSetStateTo("third"));
        receiver.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(aResponse().withStatus(200)));
        WebhookWithSecret subscription = subscribe("/flaky", WebhookEvent.CLIENT_CREATED);
        WebhookDispatcher dispatcher = dispatcher(policy(8, 50));
        WebhookRetryJob job = webhooks.retryJob(dispatcher);

        streamed(dispatcher, clientCreated("stream-flaky"));
        WebhookDelivery afterFirst = deliveries(subscription.webhook().id()).getFirst();
        assertThat(afterFirst.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
        assertThat(afterFirst.lastResponseCode()).isEqualTo(500);
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(30));
        job.run(clock.instant());                       // not due yet
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/flaky")))).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        job.run(clock.instant());                       // second attempt: a redirect, not followed
        WebhookDelivery afterSecond = deliveries(subscription.webhook().id()).getFirst();
        assertThat(afterSecond.lastResponseCode()).isEqualTo(302);
        assertThat(afterSecond.lastError()).contains("redirects are not followed");
        assertThat(afterSecond.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(3)));

        clock.advance(Duration.ofHours(2));             // the worker was down: the next run catches up
        job.run(clock.instant());
        WebhookDelivery delivered = deliveries(subscription.webhook().id()).getFirst();
        assertThat(delivered.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(3);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/flaky")))).hasSize(3);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/elsewhere")))).isEmpty();
        assertThat(subscriptions.get(admin, subscription.webhook().id()).consecutiveFailures()).isZero();

        job.run(clock.instant().plusSeconds(60));       // nothing left to do
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/flaky")))).hasSize(3);
    }

    @Test
    void exhaustedRetries_parkTheDelivery_andSendItToTheDeadLetterQueue_once() {
        receiver.stubFor(post("/down").willReturn(aResponse().withStatus(503)));
        WebhookWithSecret subscription = subscribe("/down", WebhookEvent.CLIENT_CREATED);
        WebhookDispatcher dispatcher = dispatcher(policy(3, 50));
        WebhookRetryJob job = webhooks.retryJob(dispatcher);

        streamed(dispatcher, clientCreated("stream-down"));
        for (int run = 0; run < 4; run++) {
            clock.advance(Duration.ofHours(1));
            job.run(clock.instant());
        }

        WebhookDelivery parked = deliveries(subscription.webhook().id()).getFirst();
        assertThat(parked.status()).isEqualTo(WebhookDeliveryStatus.PARKED);
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(parked.nextAttemptAt()).isNull();
        assertThat(parked.lastError()).contains("gave up after 3 attempts");
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/down")))).hasSize(3);
        assertThat(deadLetters).extracting(WebhookDelivery::id).containsExactly(parked.id());
        assertThat(subscriptions.get(admin, subscription.webhook().id()).consecutiveFailures()).isEqualTo(3);
    }

    @Test
    void aManualRedeliveryOfAParkedDelivery_isSentByTheNextRun_withTheSameDeliveryId() {
        receiver.stubFor(post("/later").inScenario("later").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("fixed"));
        receiver.stubFor(post("/later").inScenario("later").whenScenarioStateIs("fixed")
                .willReturn(aResponse().withStatus(200)));
        WebhookWithSecret subscription = subscribe("/later", WebhookEvent.CLIENT_CREATED);
        WebhookDispatcher dispatcher = dispatcher(policy(1, 50));
        WebhookRetryJob job = webhooks.retryJob(dispatcher);
        streamed(dispatcher, clientCreated("stream-later"));
        WebhookDelivery parked = deliveries(subscription.webhook().id()).getFirst();
        assertThat(parked.status()).isEqualTo(WebhookDeliveryStatus.PARKED);

        clock.advance(Duration.ofMinutes(10));
        subscriptions.redeliver(admin, subscription.webhook().id(), parked.id(), null);
        job.run(clock.instant().plusSeconds(1));

        List<LoggedRequest> posts = receiver.findAll(postRequestedFor(urlEqualTo("/later")));
        assertThat(posts).hasSize(2).extracting(r -> r.getHeader("X-FieldCRM-Delivery")).containsOnly(parked.id());
        assertThat(deliveries(subscription.webhook().id()).getFirst().status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
    }

    @Test
    void aNameResolvingToAPrivateAddress_isNeverContacted_andTheDeliveryIsParkedAtOnce() {
        WebhookWithSecret subscription = subscribe("https://internal.fieldcrm.test:" + receiver.httpsPort() + "/in",
                Set.of(WebhookEvent.CLIENT_CREATED));

        streamed(dispatcher(policy(8, 50)), clientCreated("stream-internal"));

        WebhookDelivery parked = deliveries(subscription.webhook().id()).getFirst();
        assertThat(parked.status()).isEqualTo(WebhookDeliveryStatus.PARKED);
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(parked.lastError()).contains("private");
        assertThat(deadLetters).extracting(WebhookDelivery::id).containsExactly(parked.id());
    }

    @Test
    void aSubscriptionThatKeepsFailing_switchesItselfOff_andGetsNoMoreDeliveries() {
        receiver.stubFor(post("/broken").willReturn(aResponse().withStatus(404)));
        WebhookWithSecret subscription = subscribe("/broken", WebhookEvent.CLIENT_CREATED);
        WebhookDispatcher dispatcher = dispatcher(policy(8, 3));

        for (int i = 0; i < 3; i++) {
            streamed(dispatcher, clientCreated("stream-broken-" + i));
        }
        Webhook off = subscriptions.get(admin, subscription.webhook().id());
        assertThat(off.active()).isFalse();
        assertThat(off.consecutiveFailures()).isEqualTo(3);
        assertThat(off.disabledAt()).isNotNull();
        assertThat(off.disabledReason()).contains("3 consecutive failed deliveries");

        dispatcher.forgetSubscriptions();
        streamed(dispatcher, clientCreated("stream-broken-after"));
        assertThat(deliveries(subscription.webhook().id())).hasSize(3);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/broken")))).hasSize(3);
    }

    private static ClientDetails details(String name) {
        return new ClientDetails(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private static RandomGenerator fixedJitter() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return 0.5;  // jitter factor exactly 1.0
            }
        };
    }
}
