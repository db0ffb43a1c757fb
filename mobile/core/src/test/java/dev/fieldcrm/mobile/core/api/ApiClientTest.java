package dev.fieldcrm.mobile.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fieldcrm.mobile.core.testing.FakeApi;
import dev.fieldcrm.mobile.core.testing.FakeApi.Answer;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiClientTest {
    private final FakeApi server = FakeApi.start();
    private final ApiClient api = ApiClient.to(server.baseUrl());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void localLogin_keepsTheToken_andSendsItAsBearer_withIdempotencyKeyAndQuotedIfMatch() throws Exception {
        server.on("POST /api/v1/local/login", Answer.json(200, Map.of("accessToken", "tok-1", "user",
                Map.of("id", "rep1", "roles", java.util.List.of("REP"), "timeZone", "Europe/Moscow"))));
        server.on("POST /api/v1/clients/c1/tasks/t1/complete", Answer.json(200, Map.of("id", "t1", "version", 4)));

        Session session = api.localLogin("acme", "rep1");
        api.send(new ApiRequest("POST", "/api/v1/clients/c1/tasks/t1/complete",
                Json.mapper().createObjectNode(), "01JEXAMPLEULID0000000000000", 3L));

        assertThat(session).isEqualTo(new Session("tok-1", "acme", "rep1", "REP", "Europe/Moscow"));
        FakeApi.Received sent = server.received("POST /api/v1/clients/c1/tasks/t1/complete").getFirst();
        assertThat(sent.header("Authorization")).isEqualTo("Bearer tok-1");
        assertThat(sent.header("Idempotency-Key")).isEqualTo("01JEXAMPLEULID0000000000000");
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
        assertThat(sent.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void aProblemAnswer_becomesRejected_withItsTypeAndStatus() {
        server.on("GET /api/v1/sync", Answer.problem(410, "sync-cursor-expired", "Cursor expired"));

        assertThatThrownBy(() -> api.send(ApiRequest.get("/api/v1/sync?cursor=x")))
                .isInstanceOfSatisfying(ApiException.Rejected.class, rejected -> {
                    assertThat(rejected.status()).isEqualTo(410);
                    assertThat(rejected.problem().isType("sync-cursor-expired")).isTrue();
                    assertThat(rejected.retryable()).isFalse();
                    assertThat(rejected.needsAttention()).isFalse();
                });
    }

    @Test
    void staleVersionAndInvalidInput_needTheRepsAttention() {
        server.on("PATCH /api/v1/clients/c1/tasks/t1", Answer.problem(412, "version-conflict", "Stale"),
                Answer.problem(422, "validation", "Invalid"));

        for (int status : new int[] {412, 422}) {
            assertThatThrownBy(() -> api.send(new ApiRequest("PATCH", "/api/v1/clients/c1/tasks/t1", null, null, 1L)))
                    .isInstanceOfSatisfying(ApiException.Rejected.class, rejected -> {
                        assertThat(rejected.status()).isEqualTo(status);
                        assertThat(rejected.needsAttention()).isTrue();
                    });
        }
    }

    @Test
    void serverErrorsAndThrottling_areRetryable_evenWithoutAProblemBody() {
        server.on("GET /api/v1/agenda", new Answer(503, "text/html", "<h1>down</h1>"), Answer.problem(429, "slow",
                "Too many"));

        assertThatThrownBy(() -> api.send(ApiRequest.get("/api/v1/agenda")))
                .isInstanceOfSatisfying(ApiException.ServerFailure.class, failure -> {
                    assertThat(failure.problem().status()).isEqualTo(503);
                    assertThat(failure.retryable()).isTrue();
                });
        assertThatThrownBy(() -> api.send(ApiRequest.get("/api/v1/agenda")))
                .isInstanceOf(ApiException.ServerFailure.class);
    }

    @Test
    void noServer_isUnreachable_andRetryable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ApiClient offline = ApiClient.to(URI.create("http://127.0.0.1:" + closedPort));

        assertThatThrownBy(() -> offline.send(ApiRequest.get("/api/v1/agenda")))
                .isInstanceOfSatisfying(ApiException.Unreachable.class, e -> assertThat(e.retryable()).isTrue());
    }
}
