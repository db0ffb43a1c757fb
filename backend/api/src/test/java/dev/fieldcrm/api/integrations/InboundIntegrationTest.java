package dev.fieldcrm.api.integrations;

import dev.fieldcrm.api.support.Api;
import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.DynamoDbLocalResource;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.dynamo.DynamoLeadQueries;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.integrations.InboundSignature;
import dev.fieldcrm.core.leads.InboundCall;
import dev.fieldcrm.core.leads.InboundChannel;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.InboundStatus;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class InboundIntegrationTest {
    @Inject
    DynamoCalls calls;

    /** A tenant of its own with an admin and a rep, so integrations (capped per tenant) of one test do not meet another's. */
    private static String newTenant() {
        String tenant = "in" + TestData.next();
        DynamoUserStore users = new DynamoUserStore(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE);
        users.save(tenant, new User("boss", "Boss", "boss@example.com", Set.of(Role.ADMIN), "hq", "UTC", "en", true, 1));
        users.save(tenant, new User("anna", "Anna", "anna@example.com", Set.of(Role.REP), "hq", "UTC", "en", true, 1));
        Api.token(tenant, "boss");
        Api.token(tenant, "anna");
        return tenant;
    }

    /** An integration as its admin just created it: the only time the secret is known. */
    private record Created(String id, String key, String secret) {
    }

    private static Created create(String tenant, String kind) {
        JsonPath created = as(tenant, "boss").body(Map.of("name", "Calltouch", "kind", kind,
                        "routing", Map.of("source", "inbound-call", "ownerId", "anna")))
                .post("/api/v1/integrations").then().statusCode(201).extract().jsonPath();
        return new Created(created.getString("integration.id"), created.getString("integration.key"),
                created.getString("secret"));
    }

    private static String event(String eventId, String type) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"" + type + "\",\"occurredAt\":\"2026-11-23T09:30:00Z\","
                + "\"caller\":{\"phone\":\"+7 916 555-12-34\",\"name\":\"Пётр\",\"email\":null},"
                + "\"durationSeconds\":null,\"recordingUrl\":\"https://rec.example.com/1.mp3\",\"adSource\":\"yandex-direct\","
                + "\"message\":null,\"providerExtra\":{\"x\":1}}";
    }

    private static Response post(String key, String signature, String body) {
        var request = Api.anonymous().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request = request.header(InboundSignature.HEADER, signature);
        }
        return request.post("/api/v1/inbound/" + key + "/events");
    }

    private static String signed(String secret, String body) {
        return InboundSignature.sign(secret, Instant.now().getEpochSecond(), body.getBytes(StandardCharsets.UTF_8));
    }

    private static InboundRequest stored(String tenant, String requestId) {
        List<InboundRequest> found = new DynamoLeadQueries(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE)
                .inbound(tenant, List.of(requestId));
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    @Test
    void anAdminCreatesAnIntegration_seesTheSecretOnce_andOnlyAdminsOfTheTenantSeeIt() {
        String tenant = newTenant();
        calls.reset();
        JsonPath created = as(tenant, "boss").body(Map.of("name", "Jivo chat", "kind", "CHAT"))
                .post("/api/v1/integrations").then().statusCode(201).header("ETag", "\"1\"")
                .header("Location", startsWith("/api/v1/integrations/"))
                .body("secret", startsWith("whsec_"))
                .body("integration.kind", equalTo("CHAT"))
                .body("integration.active", equalTo(true))
                .body("integration.secret", nullValue())
                .extract().jsonPath();
        assertThat(calls.made()).last().isEqualTo("TransactWriteItems");
        String id = created.getString("integration.id");
        String secret = created.getString("secret");
        assertThat(created.getString("integration.key")).hasSize(22);

        calls.reset();
        String read = as(tenant, "boss").get("/api/v1/integrations/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo(id)).extract().asString();
        assertThat(calls.made()).containsExactly("GetItem");
        String listed = as(tenant, "boss").get("/api/v1/integrations").then().statusCode(200)
                .body("id", equalTo(List.of(id))).extract().asString();
        assertThat(read + listed).doesNotContain(secret).doesNotContain("whsec_");

        assertProblem(as(tenant, "anna").get("/api/v1/integrations"), 403);
        assertProblem(as(tenant, "anna").body(Map.of("name", "x", "kind", "CHAT")).post("/api/v1/integrations"), 403);
        assertProblem(as("acme", "adm").get("/api/v1/integrations/" + id), 404);
        assertProblem(as("acme", "adm").header("If-Match", "\"1\"").post("/api/v1/integrations/" + id + "/rotate-secret"), 404);
        assertThat(as("acme", "adm").get("/api/v1/integrations").then().statusCode(200).extract().asString()).doesNotContain(id);
    }

    @Test
    void badInput_is422NamingTheFields_andStoresNothing() {
        String tenant = newTenant();
        assertThat(fields(assertProblem(as(tenant, "boss").body(Map.of("name", "", "kind", "CHAT")).post("/api/v1/integrations"), 422)))
                .contains("name");
        assertThat(fields(assertProblem(as(tenant, "boss").body(Map.of("name", "x", "kind", "CHAT",
                "routing", Map.of("source", "no-such-source", "ownerId", "ghost"))).post("/api/v1/integrations"), 422)))
                .contains("routing.source", "routing.ownerId");
        as(tenant, "boss").get("/api/v1/integrations").then().body("size()", equalTo(0));
    }

    @Test
    void aSignedCallEvent_isStoredOnceAsAReceivedCallRequest_andARedeliveryIs202WithNothingNew() {
        String tenant = newTenant();
        Created integration = create(tenant, "TELEPHONY");
        String key = integration.key();
        String secret = integration.secret();
        String body = event("evt-1", "call.missed");

        calls.reset();
        String requestId = post(key, signed(secret, body), body).then().statusCode(202)
                .body("status", equalTo("received")).extract().path("requestId");
        assertThat(calls.made()).containsExactly("GetItem", "TransactWriteItems");

        InboundRequest request = stored(tenant, requestId);
        assertThat(request.channel()).isEqualTo(InboundChannel.CALL);
        assertThat(request.status()).isEqualTo(InboundStatus.RECEIVED);
        assertThat(request.externalId()).isEqualTo("evt-1");
        assertThat(request.sourceId()).isEqualTo(integration.id());
        assertThat(request.sourceName()).isEqualTo("Calltouch");
        assertThat(request.fields().phone()).isEqualTo("+7 916 555-12-34");
        assertThat(request.fields().name()).isEqualTo("Пётр");
        assertThat(request.call()).isEqualTo(new InboundCall(InboundCall.Event.MISSED, null, "https://rec.example.com/1.mp3", "yandex-direct"));
        assertThat(request.routing().ownerId()).isEqualTo("anna");
        assertThat(request.tracking()).containsEntry("occurredAt", "2026-11-23T09:30:00Z");

        calls.reset();
        post(key, signed(secret, body), body).then().statusCode(202)
                .body("status", equalTo("duplicate")).body("requestId", equalTo(requestId));
        assertThat(calls.made()).containsExactly("GetItem", "TransactWriteItems");
    }

    @Test
    void aChatEvent_becomesAChatRequest_andAnEventOfTheWrongKindIs422() {
        String tenant = newTenant();
        Created integration = create(tenant, "CHAT");
        String key = integration.key();
        String secret = integration.secret();
        String chat = "{\"eventId\":\"c-1\",\"type\":\"chat.started\",\"caller\":{\"email\":\"Ivan@Example.com\",\"name\":\"Ivan\"},"
                + "\"message\":\"Do you deliver to Tver?\",\"adSource\":\"vk\"}";
        String requestId = post(key, signed(secret, chat), chat).then().statusCode(202).extract().path("requestId");
        InboundRequest request = stored(tenant, requestId);
        assertThat(request.channel()).isEqualTo(InboundChannel.CHAT);
        assertThat(request.call()).isNull();
        assertThat(request.fields().message()).isEqualTo("Do you deliver to Tver?");
        assertThat(request.fields().email()).isEqualTo("Ivan@Example.com");

        String call = event("c-2", "call.started");
        assertThat(fields(assertProblem(post(key, signed(secret, call), call), 422))).contains("type");
    }

    @Test
    void aMissingWrongOrStaleSignature_is401WithoutDetails_andAnUnknownKey404() {
        String tenant = newTenant();
        Created integration = create(tenant, "TELEPHONY");
        String key = integration.key();
        String secret = integration.secret();
        String body = event("evt-sig", "call.started");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        assertProblem(post(key, null, body), 401);
        assertProblem(post(key, InboundSignature.sign("whsec_wrong", now, bytes), body), 401);
        assertProblem(post(key, InboundSignature.sign(secret, now - 600, bytes), body), 401);
        assertProblem(post(key, InboundSignature.sign(secret, now + 600, bytes), body), 401);
        assertProblem(post(key, InboundSignature.sign(secret, now, bytes), body.replace("evt-sig", "evt-sog")), 401);
        assertProblem(post(key, "v1=" + "0".repeat(64), body), 401);
        assertProblem(post(key, "t=abc,v1=00", body), 401);
        JsonPath unauthorised = assertProblem(post(key, null, body), 401);
        assertThat(unauthorised.getString("detail")).doesNotContain(secret);

        calls.reset();
        assertProblem(post("AAAAAAAAAAAAAAAAAAAAAA", signed(secret, body), body), 404);
        assertThat(calls.made()).containsExactly("GetItem");
        calls.reset();
        assertProblem(post("not-a-key", signed(secret, body), body), 404);
        assertThat(calls.made()).isEmpty();

        post(key, signed(secret, body), body).then().statusCode(202);
    }

    @Test
    void aRotatedSecret_replacesTheOldOneAtOnce_andASwitchedOffIntegrationIsNotFound() {
        String tenant = newTenant();
        Created integration = create(tenant, "TELEPHONY");
        String id = integration.id();
        String key = integration.key();
        String old = integration.secret();
        String rotated = as(tenant, "boss").header("If-Match", "\"1\"").post("/api/v1/integrations/" + id + "/rotate-secret")
                .then().statusCode(200).header("ETag", "\"2\"").extract().path("secret");
        assertThat(rotated).isNotEqualTo(old).startsWith("whsec_");
        assertProblem(as(tenant, "boss").header("If-Match", "\"1\"").post("/api/v1/integrations/" + id + "/rotate-secret"), 412);

        String body = event("evt-rot", "call.ended");
        assertProblem(post(key, signed(old, body), body), 401);
        post(key, signed(rotated, body), body).then().statusCode(202);

        as(tenant, "boss").header("If-Match", "\"2\"").body(Map.of("name", "Calltouch", "kind", "TELEPHONY", "active", false))
                .put("/api/v1/integrations/" + id).then().statusCode(200).body("active", equalTo(false));
        String next = event("evt-off", "call.ended");
        assertProblem(post(key, signed(rotated, next), next), 404);

        as(tenant, "boss").header("If-Match", "\"3\"").delete("/api/v1/integrations/" + id).then().statusCode(204);
        assertProblem(as(tenant, "boss").get("/api/v1/integrations/" + id), 404);
        assertProblem(post(key, signed(rotated, next), next), 404);
    }

    @Test
    void aBodyThatIsNoValidEvent_is422ProblemJson_neverA500_andStoresNothing() {
        String tenant = newTenant();
        Created integration = create(tenant, "TELEPHONY");
        String key = integration.key();
        String secret = integration.secret();
        String manyProblems = "{\"eventId\":\"e2\",\"type\":\"call.ended\",\"caller\":{\"phone\":\"1\"},"
                + "\"durationSeconds\":-1,\"recordingUrl\":\"javascript:alert(1)\",\"occurredAt\":\"yesterday\"}";
        for (String body : List.of("", "not json", "[]", "null", "{\"eventId\":\"e 1\",\"type\":\"call.exploded\"}",
                "{\"eventId\":\"e1\",\"type\":\"call.ended\",\"caller\":{}}",
                manyProblems,
                "{\"eventId\":\"e3\",\"type\":\"call.ended\",\"caller\":{\"phone\":[1,2]}}",
                "{\"eventId\":\"e4\",\"type\":\"call.ended\",\"caller\":{\"phone\":\"1\"},\"durationSeconds\":\"long\"}")) {
            Response response = post(key, signed(secret, body), body);
            assertThat(response.statusCode()).as(body).isEqualTo(422);
            assertThat(response.contentType()).as(body).startsWith("application/problem+json");
        }
        JsonPath problem = assertProblem(post(key, signed(secret, manyProblems), manyProblems), 422);
        assertThat(fields(problem)).contains("durationSeconds", "recordingUrl", "occurredAt");
        String large = "{\"eventId\":\"big\",\"type\":\"call.ended\",\"caller\":{\"phone\":\"1\"},\"message\":\"" + "x".repeat(17_000) + "\"}";
        assertThat(post(key, signed(secret, large), large).statusCode()).isEqualTo(413);
    }
}
