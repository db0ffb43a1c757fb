package dev.fieldcrm.api.faults;

import dev.fieldcrm.api.support.DynamoFaults;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.testing.FaultyDynamo.Kind;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fault of each kind on the one write of "log a visit with its next step" (a TransactWriteItems), then the same
 * request again with the same Idempotency-Key, as the phone retries: the visit is stored once, every answer is either
 * the first result or a problem+json 503/409, never a 500.
 */
@QuarkusTest
class OneFaultPerKindTest {
    /** More than the SDK's attempts per call: a fault scripted this often outlasts its retries. */
    private static final int OUTLASTING = 12;

    @Inject
    DynamoFaults faults;

    private String clientId;

    @BeforeEach
    void aClient() {
        faults.disarm();
        faults.reset();
        clientId = Given.client("rep1");
    }

    @AfterEach
    void healthyAgain() {
        faults.reset();
    }

    private Response log(String key, Map<String, Object> body) {
        return as("acme", "rep1").header("Idempotency-Key", key).body(body)
                .post("/api/v1/clients/" + clientId + "/interactions");
    }

    private static Map<String, Object> visit() {
        return TestData.interaction(Instant.now().minus(5, ChronoUnit.MINUTES),
                TestData.nextStep(Instant.now().plus(1, ChronoUnit.DAYS)));
    }

    private int storedVisits() {
        return as("acme", "rep1").get("/api/v1/clients/" + clientId + "/interactions").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneFaultOnTheTransaction_isRetriedAway_andTheVisitIsStoredOnce(Kind kind) {
        faults.failNext("TransactWriteItems", kind);
        String key = "visit-" + TestData.next();
        Map<String, Object> body = visit();

        Response first = log(key, body);

        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        assertThat(faults.injected().get(kind)).isEqualTo(1);
        String id = first.path("interaction.id");
        log(key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat((String) log(key, body).path("interaction.id")).isEqualTo(id);
        assertThat(storedVisits()).isEqualTo(1);
    }

    @Test
    void aTransactionAppliedButItsAnswerLost_andThenFailingThroughEveryRetry_answersTheFirstResult() {
        faults.failNext("TransactWriteItems", Kind.SERVER_ERROR_AFTER_APPLIED);
        for (int i = 0; i < OUTLASTING; i++) {
            faults.failNext("TransactWriteItems", Kind.SERVER_ERROR);
        }
        String key = "visit-" + TestData.next();
        Map<String, Object> body = visit();

        Response first = log(key, body);

        // The write landed though every answer was an error: the stored response of the key is the answer.
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("true");
        faults.reset();
        assertThat((String) log(key, body).path("interaction.id")).isEqualTo(first.path("interaction.id"));
        assertThat(storedVisits()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"THROTTLED", "THROTTLING", "SERVER_ERROR", "TIMEOUT"})
    void aFaultOutlastingTheRetries_beforeAnythingWasWritten_is503ProblemAndNothingIsStored(Kind kind) {
        for (int i = 0; i < OUTLASTING; i++) {
            faults.failNext("TransactWriteItems", kind);
        }
        String key = "visit-" + TestData.next();
        Map<String, Object> body = visit();

        Response failed = log(key, body);

        Problems.assertProblem(failed, 503);
        assertThat(failed.header("Retry-After")).isNotNull();
        assertThat(storedVisits()).isZero();
        faults.reset();
        log(key, body).then().statusCode(201);
        assertThat(storedVisits()).isEqualTo(1);
    }

    @Test
    void transactionConflictsOutlastingTheWritersRetries_are503Contention_andNothingIsStored() {
        for (int i = 0; i < OUTLASTING; i++) {
            faults.failNext("TransactWriteItems", Kind.TRANSACTION_CONFLICT);
        }
        String key = "visit-" + TestData.next();

        Response failed = log(key, visit());

        assertThat(Problems.assertProblem(failed, 503).getString("type")).endsWith("/contention");
        assertThat(storedVisits()).isZero();
    }
}
