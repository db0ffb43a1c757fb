package dev.fieldcrm.api.webhooks;

import dev.fieldcrm.api.support.Api;
import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.DynamoDbLocalResource;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class WebhookApiTest {
    @Inject
    DynamoCalls calls;
    @Inject
    ClientService clients;

    /** A tenant of its own with an admin, so subscriptions (capped per tenant) of one test do not meet another's. */
    private static String newTenantWithAdmin() {
        String tenant = "wh" + TestData.next();
        new DynamoUserStore(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE)
                .save(tenant, new User("boss", "Boss", "boss@example.com", Set.of(Role.ADMIN), "hq", "UTC", "en", true, 1));
        Api.token(tenant, "boss");  // logged in now, so the login's read is not counted in a test's calls
        return tenant;
    }

    private static Map<String, Object> subscription(String url, List<String> events) {
        return Map.of("url", url, "events", events, "description", "accounting");
    }

    private static JsonPath create(String tenant, String url, List<String> events) {
        return as(tenant, "boss").body(subscription(url, events)).post("/api/v1/webhooks")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void anAdminCreatesASubscription_seesTheSecretOnce_andReadsItWithoutTheSecret() {
        String tenant = newTenantWithAdmin();
        calls.reset();
        Response created = as(tenant, "boss").body(subscription("https://hooks.example.com/fieldcrm", List.of("ORDER_SUBMITTED", "CLIENT_CREATED")))
                .post("/api/v1/webhooks");

        created.then().statusCode(201).header("ETag", "\"1\"").header("Location", startsWith("/api/v1/webhooks/"))
                .body("secret", startsWith("whsec_"))
                .body("webhook.url", equalTo("https://hooks.example.com/fieldcrm"))
                .body("webhook.active", equalTo(true))
                .body("webhook.events", equalTo(List.of("CLIENT_CREATED", "ORDER_SUBMITTED")))
                .body("webhook.secret", nullValue());
        assertThat(calls.made()).containsExactly("Query", "TransactWriteItems");
        String id = created.jsonPath().getString("webhook.id");

        calls.reset();
        as(tenant, "boss").get("/api/v1/webhooks/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo(id)).body("secret", nullValue()).body("consecutiveFailures", equalTo(0));
        assertThat(calls.made()).containsExactly("GetItem");
        calls.reset();
        String listed = as(tenant, "boss").get("/api/v1/webhooks").then().statusCode(200)
                .body("id", hasItem(id)).extract().asString();
        assertThat(calls.made()).containsExactly("Query");
        assertThat(listed).doesNotContain(created.jsonPath().getString("secret")).doesNotContain("whsec_");
    }

    @Test
    void unsafeUrls_areRefusedWith422OnTheUrlField_andNothingIsStored() {
        String tenant = newTenantWithAdmin();
        for (String url : List.of("http://hooks.example.com/in", "https://user:pw@hooks.example.com/in",
                "https://hooks.example.com:8080/in", "https://127.0.0.1/in", "https://169.254.169.254/latest/meta-data",
                "https://[::ffff:10.0.0.1]/in", "https://2130706433/in", "https://localhost/in", "not a url")) {
            JsonPath problem = assertProblem(as(tenant, "boss").body(subscription(url, List.of("CLIENT_CREATED")))
                    .post("/api/v1/webhooks"), 422);
            assertThat(fields(problem)).as(url).contains("url");
        }
        as(tenant, "boss").get("/api/v1/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void noEvents_isRefusedWith422_andAnUnknownEventWith400NamingIt() {
        String tenant = newTenantWithAdmin();
        assertThat(fields(assertProblem(as(tenant, "boss").body(subscription("https://hooks.example.com/in", List.of()))
                .post("/api/v1/webhooks"), 422))).contains("events");
        assertThat(fields(assertProblem(as(tenant, "boss").body(subscription("https://hooks.example.com/in", List.of("CLIENT_EXPLODED")))
                .post("/api/v1/webhooks"), 400))).contains("events[0]");
        as(tenant, "boss").get("/api/v1/webhooks").then().body("size()", equalTo(0));
    }

    @Test
    void aTenantMayHaveAtMost20Subscriptions() {
        String tenant = newTenantWithAdmin();
        for (int i = 0; i < 20; i++) {
            create(tenant, "https://hooks" + i + ".example.com/in", List.of("CLIENT_CREATED"));
        }
        JsonPath problem = assertProblem(as(tenant, "boss").body(subscription("https://one-too-many.example.com/in",
                List.of("CLIENT_CREATED"))).post("/api/v1/webhooks"), 422);
        assertThat(problem.getString("errors[0].message")).contains("at most 20");
        as(tenant, "boss").get("/api/v1/webhooks").then().body("size()", equalTo(20));
    }

    @Test
    void anUpdateNeedsIfMatch_aStaleOneGets412_andDeleteRemovesIt() {
        String tenant = newTenantWithAdmin();
        String id = create(tenant, "https://hooks.example.com/in", List.of("CLIENT_CREATED")).getString("webhook.id");
        Map<String, Object> change = Map.of("url", "https://erp.example.com/hooks", "events", List.of("PAYMENT_RECORDED"),
                "active", false);

        assertProblem(as(tenant, "boss").body(change).put("/api/v1/webhooks/" + id), 428);
        as(tenant, "boss").header("If-Match", "\"1\"").body(change).put("/api/v1/webhooks/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("url", equalTo("https://erp.example.com/hooks"))
                .body("active", equalTo(false)).body("events", equalTo(List.of("PAYMENT_RECORDED")));
        as(tenant, "boss").header("If-Match", "\"1\"").body(change).put("/api/v1/webhooks/" + id)
                .then().statusCode(412).body("currentVersion", equalTo(2));
        assertProblem(as(tenant, "boss").header("If-Match", "\"2\"")
                .body(Map.of("url", "https://10.0.0.1/in", "events", List.of("PAYMENT_RECORDED")))
                .put("/api/v1/webhooks/" + id), 422);

        as(tenant, "boss").header("If-Match", "\"1\"").delete("/api/v1/webhooks/" + id).then().statusCode(412);
        as(tenant, "boss").header("If-Match", "\"2\"").delete("/api/v1/webhooks/" + id).then().statusCode(204);
        as(tenant, "boss").get("/api/v1/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void rotatingTheSecret_givesANewOne_keepsTheOldOneSigningForADay_andNeedsTheCurrentVersion() {
        String tenant = newTenantWithAdmin();
        JsonPath created = create(tenant, "https://hooks.example.com/in", List.of("CLIENT_CREATED"));
        String id = created.getString("webhook.id");

        String rotated = as(tenant, "boss").header("If-Match", "\"1\"").post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(200).header("ETag", "\"2\"").body("webhook.id", equalTo(id))
                .body("webhook.previousSecretUntil", notNullValue())
                .extract().path("secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(created.getString("secret"));
        as(tenant, "boss").header("If-Match", "\"1\"").post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(412);
    }

    @Test
    void everyChangeOfASubscription_isInTheSettingsTrail_withoutItsSecret() {
        String tenant = newTenantWithAdmin();
        JsonPath created = create(tenant, "https://hooks.example.com/in", List.of("CLIENT_CREATED"));
        String id = created.getString("webhook.id");
        as(tenant, "boss").header("If-Match", "\"1\"").body(subscription("https://hooks.example.com/v2", List.of("CLIENT_CREATED")))
                .put("/api/v1/webhooks/" + id).then().statusCode(200);
        String rotated = as(tenant, "boss").header("If-Match", "\"2\"").post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(200).extract().path("secret");
        as(tenant, "boss").header("If-Match", "\"3\"").delete("/api/v1/webhooks/" + id).then().statusCode(204);

        Response trail = as(tenant, "boss").get("/api/v1/sales-settings/history");

        trail.then().statusCode(200);
        List<Map<String, Object>> entries = trail.jsonPath().getList("items.findAll { it.entity == 'webhook' }");
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("deleted", "secret-rotated", "changed", "created");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("entityId")).isEqualTo(id)).allSatisfy(e ->
                assertThat(e.get("actorId")).isEqualTo("boss"));
        assertThat(trail.asString()).contains("https://hooks.example.com/v2")
                .doesNotContain(created.getString("secret")).doesNotContain(rotated).doesNotContain("whsec_");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKey_returnsTheFirstAnswer_andMakesOneSubscription() {
        String tenant = newTenantWithAdmin();
        Map<String, Object> body = subscription("https://hooks.example.com/in", List.of("CLIENT_CREATED"));
        String first = as(tenant, "boss").header("Idempotency-Key", "create-hook-1").body(body).post("/api/v1/webhooks")
                .then().statusCode(201).extract().asString();
        String again = as(tenant, "boss").header("Idempotency-Key", "create-hook-1").body(body).post("/api/v1/webhooks")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();

        assertThat(again).isEqualTo(first);
        as(tenant, "boss").get("/api/v1/webhooks").then().body("size()", equalTo(1));
    }

    @Test
    void repsAndManagers_areForbiddenEveryWebhookEndpoint() {
        String some = TestData.ulid();
        for (String user : List.of("rep1", "mgr")) {
            assertProblem(as("acme", user).body(subscription("https://hooks.example.com/in", List.of("CLIENT_CREATED")))
                    .post("/api/v1/webhooks"), 403);
            assertProblem(as("acme", user).get("/api/v1/webhooks"), 403);
            assertProblem(as("acme", user).get("/api/v1/webhooks/" + some), 403);
            assertProblem(as("acme", user).header("If-Match", "\"1\"").body(subscription("https://hooks.example.com/in",
                    List.of("CLIENT_CREATED"))).put("/api/v1/webhooks/" + some), 403);
            assertProblem(as("acme", user).header("If-Match", "\"1\"").delete("/api/v1/webhooks/" + some), 403);
            assertProblem(as("acme", user).header("If-Match", "\"1\"").post("/api/v1/webhooks/" + some + "/rotate-secret"), 403);
            assertProblem(as("acme", user).get("/api/v1/webhooks/" + some + "/deliveries"), 403);
            assertProblem(as("acme", user).post("/api/v1/webhooks/" + some + "/deliveries/" + some + "/redeliver"), 403);
        }
    }

    @Test
    void anAdminOfAnotherTenant_cannotSeeOrTouchTheSubscriptionOrItsDeliveries() {
        String tenant = newTenantWithAdmin();
        String other = newTenantWithAdmin();
        String id = create(tenant, "https://hooks.example.com/in", List.of("CLIENT_CREATED")).getString("webhook.id");
        String deliveryId = failedDeliveryOfANewClient(tenant, "rep-" + TestData.next());

        as(other, "boss").get("/api/v1/webhooks").then().statusCode(200).body("id", not(hasItem(id)));
        assertProblem(as(other, "boss").get("/api/v1/webhooks/" + id), 404);
        assertProblem(as(other, "boss").header("If-Match", "\"1\"").body(subscription("https://evil.example.com/in",
                List.of("CLIENT_CREATED"))).put("/api/v1/webhooks/" + id), 404);
        assertProblem(as(other, "boss").header("If-Match", "\"1\"").post("/api/v1/webhooks/" + id + "/rotate-secret"), 404);
        assertProblem(as(other, "boss").header("If-Match", "\"1\"").delete("/api/v1/webhooks/" + id), 404);
        assertProblem(as(other, "boss").get("/api/v1/webhooks/" + id + "/deliveries"), 404);
        assertProblem(as(other, "boss").post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver"), 404);

        // Unchanged by the other tenant (version 2: the failed attempt counted one consecutive failure).
        as(tenant, "boss").get("/api/v1/webhooks/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("url", equalTo("https://hooks.example.com/in")).body("consecutiveFailures", equalTo(1));
    }

    @Test
    void theDeliveryLog_showsFailedAttempts_andAManualRedeliveryMakesItDueAgain_once() {
        String tenant = newTenantWithAdmin();
        String id = create(tenant, "https://hooks.example.com/in", List.of("CLIENT_CREATED")).getString("webhook.id");
        String deliveryId = failedDeliveryOfANewClient(tenant, "rep-" + TestData.next());

        calls.reset();
        as(tenant, "boss").get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(deliveryId))
                .body("items[0].event", equalTo("CLIENT_CREATED"))
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastResponseCode", equalTo(503))
                .body("items[0].lastResponseExcerpt", equalTo("down for maintenance"))
                .body("items[0].nextAttemptAt", notNullValue());
        assertThat(calls.made()).containsExactly("GetItem", "Query");

        String key = "redeliver-" + TestData.next();
        as(tenant, "boss").header("Idempotency-Key", key).post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver")
                .then().statusCode(202).body("status", equalTo("PENDING")).body("attempts", equalTo(0))
                .body("version", equalTo(4));
        as(tenant, "boss").header("Idempotency-Key", key).post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver")
                .then().statusCode(202).header("Idempotent-Replayed", "true").body("version", equalTo(4));
        as(tenant, "boss").get("/api/v1/webhooks/" + id + "/deliveries").then()
                .body("items[0].version", equalTo(4)).body("items[0].lastResponseCode", equalTo(503));
        assertProblem(as(tenant, "boss").post("/api/v1/webhooks/" + id + "/deliveries/" + TestData.ulid() + "/redeliver"), 404);
    }

    /**
     * A client created in the tenant, passed through the worker's dispatcher (as the stream would) with a receiver
     * that answers 503: leaves one delivery with one failed attempt. Returns its id.
     */
    private String failedDeliveryOfANewClient(String tenant, String rep) {
        new DynamoUserStore(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE)
                .save(tenant, new User(rep, "Rep", rep + "@example.com", Set.of(Role.REP), "hq", "UTC", "en", true, 1));
        String clientId = as(tenant, rep).body(TestData.client("Client " + TestData.next())).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        Client client = clients.card(new Caller(tenant, rep, Set.of(Role.REP), "hq", ZoneId.of("UTC")), clientId).client();
        List<String> sent = DownReceiver.failedDeliveriesOf(tenant, client);
        assertThat(sent).hasSize(1);
        return sent.getFirst();
    }
}
