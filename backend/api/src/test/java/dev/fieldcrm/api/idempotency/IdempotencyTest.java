package dev.fieldcrm.api.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.idempotency.ReplayRace;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** POST with an Idempotency-Key happens at most once per user and key; a retry gets the first answer again. */
@QuarkusTest
class IdempotencyTest {
    @Inject
    IdempotentCalls idempotent;

    @Inject
    ClientService clients;

    @Inject
    ObjectMapper mapper;

    private static String newKey() {
        return "create-" + UUID.randomUUID();
    }

    private static Response create(String tenant, String user, String key, Map<String, Object> body) {
        return as(tenant, user).header("Idempotency-Key", key).body(body).post("/api/v1/clients");
    }

    private static String phoneOf(Map<String, Object> body) {
        return (String) ((List<?>) body.get("phones")).getFirst();
    }

    /** The ids of the clients the user can find by this phone: the phone is unique, so at most one. */
    private static List<String> clientsWithPhone(String tenant, String user, String phone) {
        return as(tenant, user).queryParam("phone", phone).get("/api/v1/clients")
                .then().statusCode(200).extract().path("items.id");
    }

    @Test
    void retryWithTheSameKeyAndBody_getsTheFirstAnswerAgain_andCreatesNothingMore() {
        String key = newKey();
        Map<String, Object> body = TestData.client("Retried " + TestData.next());

        Response first = create("acme", "rep1", key, body);
        Response retry = create("acme", "rep1", key, body);

        first.then().statusCode(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        retry.then().statusCode(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(clientsWithPhone("acme", "rep1", phoneOf(body))).containsExactly(first.<String>path("id"));
    }

    @Test
    void fiveSimultaneousRequestsWithOneKey_createExactlyOneClient_andNoAnswerNamesAnother() throws Exception {
        String key = newKey();
        Map<String, Object> body = TestData.client("Raced " + TestData.next());
        List<Response> answers = simultaneously(5, () -> create("acme", "rep1", key, body));

        List<String> stored = clientsWithPhone("acme", "rep1", phoneOf(body));
        assertThat(stored).hasSize(1);
        List<Integer> statuses = new ArrayList<>();
        for (Response answer : answers) {
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 201) {
                assertThat(answer.<String>path("id")).isEqualTo(stored.getFirst());
            } else {
                // A request that lost the race while the winner was still writing may be told to retry.
                assertThat(Problems.assertProblem(answer, 409).getString("type")).endsWith("/in-progress");
            }
        }
        assertThat(statuses).as("answers").contains(201);
        // A retry after the race gets the one stored answer.
        Response retry = create("acme", "rep1", key, body);
        retry.then().statusCode(201);
        assertThat(retry.<String>path("id")).isEqualTo(stored.getFirst());
    }

    /**
     * The event server runs one invocation at a time (like one Lambda instance), so the HTTP requests above queue up.
     * Here five threads run the idempotent create side by side, as five Lambda instances would.
     */
    @Test
    void fiveRacingCreatesWithOneKey_storeExactlyOneClient_andEveryAnswerIsItOrInProgress() throws Exception {
        String key = newKey();
        Map<String, Object> json = TestData.client("Raced in parallel " + TestData.next());
        ClientDetails details = mapper.convertValue(json, ClientDetails.class);
        Caller rep1 = new Caller("acme", "rep1", Set.of(Role.REP), "east", ZoneId.of("Europe/Moscow"));

        List<Object> outcomes = simultaneously(5, () -> {
            try {
                return idempotent.run(rep1, key, "POST /clients", details,
                        request -> clients.create(rep1, null, details, request),
                        client -> idempotent.stored(201, client, client.version(), "/api/v1/clients/" + client.id()));
            } catch (RuntimeException refused) {
                return refused;
            }
        });

        List<String> stored = clientsWithPhone("acme", "rep1", phoneOf(json));
        assertThat(stored).hasSize(1);
        for (Object outcome : outcomes) {
            if (outcome instanceof jakarta.ws.rs.core.Response answer) {
                assertThat(answer.getStatus()).isEqualTo(201);
                assertThat(mapper.readTree((String) answer.getEntity()).get("id").asText()).isEqualTo(stored.getFirst());
            } else {
                assertThat(outcome).as("a losing request may only be told to retry").isInstanceOf(ReplayRace.class);
            }
        }
        assertThat(outcomes).anyMatch(jakarta.ws.rs.core.Response.class::isInstance);
    }

    @Test
    void theSameKeyWithAnotherBody_isRefused_andCreatesNothing() {
        String key = newKey();
        create("acme", "rep1", key, TestData.client("First use " + TestData.next())).then().statusCode(201);
        Map<String, Object> other = TestData.client("Second use " + TestData.next());

        Response reused = create("acme", "rep1", key, other);

        assertThat(Problems.assertProblem(reused, 422).getString("type")).endsWith("/idempotency-key-reused");
        assertThat(clientsWithPhone("acme", "rep1", phoneOf(other))).isEmpty();
    }

    @Test
    void malformedKey_isRefused_andCreatesNothing() {
        Map<String, Object> body = TestData.client("Bad key " + TestData.next());

        Response refused = create("acme", "rep1", "x", body);

        assertThat(Problems.fields(Problems.assertProblem(refused, 422))).containsExactly("Idempotency-Key");
        assertThat(clientsWithPhone("acme", "rep1", phoneOf(body))).isEmpty();
    }

    @Test
    void keysArePerUser_anotherUsersRequestWithTheSameKeyCreatesItsOwnRecord() {
        String key = newKey();
        Response rep1s = create("acme", "rep1", key, TestData.client("Rep1's " + TestData.next()));
        rep1s.then().statusCode(201);

        Response rep2s = create("acme", "rep2", key, TestData.client("Rep2's " + TestData.next()));
        Response globexs = create("globex", "grep", key, TestData.client("Globex's " + TestData.next()));

        for (Response own : List.of(rep2s, globexs)) {
            own.then().statusCode(201);
            assertThat(own.header("Idempotent-Replayed")).isNull();
            assertThat(own.<String>path("id")).isNotEqualTo(rep1s.<String>path("id"));
        }
        assertThat(rep2s.<String>path("ownerId")).isEqualTo("rep2");
        assertThat(globexs.<String>path("ownerId")).isEqualTo("grep");
    }

    private static <T> List<T> simultaneously(int count, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
