package dev.fieldcrm.worker.webhooks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.fieldcrm.core.webhooks.AddressGuard;
import dev.fieldcrm.core.webhooks.Resolver;
import dev.fieldcrm.core.webhooks.SafeTargets;
import dev.fieldcrm.core.webhooks.WebhookSignature;
import dev.fieldcrm.core.webhooks.WebhookTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SSRF-safe HTTPS transport against a real HTTPS receiver on loopback. */
class HttpsWebhookTransportTest {
    private static final byte[] BODY = "{\"id\":\"e1\",\"type\":\"CLIENT_CREATED\"}".getBytes(StandardCharsets.UTF_8);
    private static WireMockServer receiver;

    /** Resolves the test name to loopback; everything else as the JVM does. */
    private static final Resolver TEST_DNS = host -> host.equals(TestReceiver.NAME)
            ? List.of(InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1}))
            : Resolver.system().resolve(host);

    @BeforeAll
    static void startReceiver() {
        receiver = TestReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void reset() {
        receiver.resetAll();
    }

    private static HttpsWebhookTransport transport(AddressGuard guard, Duration total) {
        return new HttpsWebhookTransport(new SafeTargets(TEST_DNS, guard), TestReceiver.trustingIt(),
                Duration.ofSeconds(2), total, 4096);
    }

    private static HttpsWebhookTransport forTests() {
        return transport(AddressGuard.allowingLoopbackForTests(), Duration.ofSeconds(5));
    }

    private static URI url(String host, String path) {
        return URI.create("https://" + host + ":" + receiver.httpsPort() + path);
    }

    @Test
    void theDefaultGuard_refusesTheLoopbackReceiver_withoutContactingIt() throws Exception {
        receiver.stubFor(post("/in").willReturn(aResponse().withStatus(200)));
        try (HttpsWebhookTransport strict = transport(AddressGuard.strict(), Duration.ofSeconds(5))) {
            for (String host : List.of("127.0.0.1", "localhost", TestReceiver.NAME)) {
                assertThatThrownBy(() -> strict.post(url(host, "/in"), Map.of(), BODY)).as(host)
                        .isInstanceOfSatisfying(WebhookTransport.Failure.class, f -> {
                            assertThat(f.permanent()).isTrue();
                            assertThat(f.getMessage()).contains("loopback");
                        });
            }
        }
        assertThat(receiver.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aSignedPost_reachesTheReceiverByName_whichVerifiesTheSignature() throws Exception {
        receiver.stubFor(post("/in").willReturn(aResponse().withStatus(204)));
        String secret = WebhookSignature.newSecret();
        long timestamp = 1_700_000_000L;
        Map<String, String> headers = Map.of("Content-Type", "application/json", "X-FieldCRM-Timestamp", Long.toString(timestamp),
                "X-FieldCRM-Signature", WebhookSignature.sign(secret, timestamp, BODY));

        try (HttpsWebhookTransport transport = forTests()) {
            // The name resolves (through the vetting resolver) to 127.0.0.1; TLS still checks the certificate for the name.
            WebhookTransport.Response response = transport.post(url(TestReceiver.NAME, "/in"), headers, BODY);
            assertThat(response.status()).isEqualTo(204);
        }

        LoggedRequest received = receiver.findAll(postRequestedFor(urlEqualTo("/in"))).getFirst();
        assertThat(received.getHeader("Host")).startsWith(TestReceiver.NAME);
        assertThat(WebhookSignature.verify(secret, Long.parseLong(received.getHeader("X-FieldCRM-Timestamp")),
                received.getBody(), received.getHeader("X-FieldCRM-Signature"))).isTrue();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), timestamp, received.getBody(),
                received.getHeader("X-FieldCRM-Signature"))).isFalse();
    }

    @Test
    void aRedirect_isNotFollowed_butReturnedAsTheAnswer() throws Exception {
        receiver.stubFor(post("/in").willReturn(aResponse().withStatus(307)
                .withHeader("Location", "https://127.0.0.1:" + receiver.httpsPort() + "/internal")));
        receiver.stubFor(post("/internal").willReturn(aResponse().withStatus(200)));

        try (HttpsWebhookTransport transport = forTests()) {
            assertThat(transport.post(url("127.0.0.1", "/in"), Map.of(), BODY).status()).isEqualTo(307);
        }
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/internal")))).isEmpty();
    }

    @Test
    void aSlowReceiver_timesOut_asARetryableFailure() throws Exception {
        receiver.stubFor(post("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));

        try (HttpsWebhookTransport transport = transport(AddressGuard.allowingLoopbackForTests(), Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> transport.post(url("127.0.0.1", "/slow"), Map.of(), BODY))
                    .isInstanceOfSatisfying(WebhookTransport.Failure.class, f -> assertThat(f.permanent()).isFalse());
        }
    }

    @Test
    void aHugeAnswer_isReadOnlyUpToTheLimit() throws Exception {
        // 8 MiB trickled out over 30 s: a client that read (or drained) it all would pass its 5 s deadline and fail.
        byte[] huge = "x".repeat(8 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        receiver.stubFor(post("/huge").willReturn(aResponse().withStatus(200).withBody(huge)
                .withChunkedDribbleDelay(64, 30_000)));

        try (HttpsWebhookTransport transport = forTests()) {
            WebhookTransport.Response response = transport.post(url("127.0.0.1", "/huge"), Map.of(), BODY);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.excerpt()).hasSize(4096);
        }
    }

    @Test
    void aCertificateForAnotherName_isRefused() throws Exception {
        receiver.stubFor(post("/in").willReturn(aResponse().withStatus(200)));
        Resolver otherName = host -> List.of(InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1}));
        try (HttpsWebhookTransport transport = new HttpsWebhookTransport(
                new SafeTargets(otherName, AddressGuard.allowingLoopbackForTests()), TestReceiver.trustingIt(),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 4096)) {
            assertThatThrownBy(() -> transport.post(url("not-the-certificate.example", "/in"), Map.of(), BODY))
                    .isInstanceOf(WebhookTransport.Failure.class).hasMessageContaining("TLS");
        }
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/in")))).isEmpty();
    }

    @Test
    void plainHttp_isNeverCalled() throws Exception {
        try (HttpsWebhookTransport transport = forTests()) {
            assertThatThrownBy(() -> transport.post(URI.create("http://127.0.0.1:" + receiver.httpsPort() + "/in"), Map.of(), BODY))
                    .isInstanceOfSatisfying(WebhookTransport.Failure.class, f -> assertThat(f.permanent()).isTrue());
        }
    }

}
