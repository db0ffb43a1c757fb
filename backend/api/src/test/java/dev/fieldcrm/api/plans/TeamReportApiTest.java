package dev.fieldcrm.api.plans;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.DynamoDbLocalResource;
import dev.fieldcrm.core.analytics.AggregateKey;
import dev.fieldcrm.core.analytics.AggregateNames;
import dev.fieldcrm.core.analytics.AggregateUpdate;
import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.shared.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team reports over the HTTP API: who may ask for whose figures, bad periods as problem+json, and the plan-vs-fact
 * leaderboard over stored plans and aggregates (the stream-driven numbers are the worker's PlanFactStreamTest).
 */
@QuarkusTest
class TeamReportApiTest {
    private static final String PLAN_FACT = "/api/v1/reports/plan-fact";
    /** A month no other test plans or counts in (the aggregates are added directly, as the worker's listener would). */
    private static final String MONTH = "2032-02";

    @Inject DynamoDbClient dynamo;
    @Inject DynamoCalls calls;

    private static Map<String, Object> revenuePlan(String amount) {
        return Map.of("currency", "RUB", "targets", List.of(Map.of("metric", "REVENUE", "value", amount)));
    }

    @Test
    void theLeaderboard_ranksByRevenuePlanMet_thenByRevenue_andATeamMonthIsTwoQueries() {
        as("acme", "mgr").body(revenuePlan("1000")).put("/api/v1/plans/" + MONTH + "/rep1").then().statusCode(201);
        as("acme", "mgr").body(revenuePlan("500")).put("/api/v1/plans/" + MONTH + "/rep2").then().statusCode(201);
        as("acme", "mgr").body(revenuePlan("2000")).put("/api/v1/plans/" + MONTH + "/mgr").then().statusCode(201);
        add("rep1", "500");  // 50 %
        add("rep2", "250");  // 50 %, less revenue
        add("mgr", "1500");  // 75 %

        calls.reset();
        JsonPath report = as("acme", "mgr").get(PLAN_FACT + "?period=" + MONTH).then().statusCode(200).extract().jsonPath();

        assertThat(calls.made()).containsExactly("Query", "Query");
        assertThat(report.getList("leaderboard.ownerId")).containsExactly("mgr", "rep1", "rep2");
        assertThat(report.getList("leaderboard.revenuePercent")).containsExactly("75.0", "50.0", "50.0");
        assertThat(report.getString("reps.find { it.ownerId == 'rep1' }.metrics.find { it.metric == 'REVENUE' }.plan"))
                .isEqualTo("1000");
    }

    @Test
    void aRepSeesOwnFiguresOnly_aManagerOwnTeam_andAnotherTenantNothing() {
        as("acme", "rep1").get(PLAN_FACT + "?period=" + MONTH).then().statusCode(200);
        assertProblem(as("acme", "rep1").get(PLAN_FACT + "?period=" + MONTH + "&rep=rep2"), 403);
        assertProblem(as("acme", "mgr").get(PLAN_FACT + "?period=" + MONTH + "&team=west"), 403);
        assertProblem(as("acme", "mgr").get(PLAN_FACT + "?period=" + MONTH + "&rep=rep3"), 404);
        assertProblem(as("globex", "gmgr").get(PLAN_FACT + "?period=" + MONTH + "&rep=rep1"), 404);
        assertThat(as("globex", "gmgr").get(PLAN_FACT + "?period=" + MONTH).then().statusCode(200)
                .extract().jsonPath().getList("reps")).isEmpty();
        assertProblem(as("acme", "rep1").get("/api/v1/reports/receivables?team=west"), 403);
        assertProblem(as("acme", "mgr").get("/api/v1/reports/receivables?team=west"), 403);
        as("acme", "adm").get("/api/v1/reports/receivables?team=west").then().statusCode(200);
    }

    @Test
    void aBadPeriod_orTeamAndRepTogether_isRefusedWithProblemJson() {
        assertProblem(as("acme", "mgr").get(PLAN_FACT + "?period=2026-Q5"), 422);
        assertProblem(as("acme", "mgr").get(PLAN_FACT), 422);
        assertProblem(as("acme", "mgr").get(PLAN_FACT + "?period=2026-11&team=east&rep=rep1"), 422);
    }

    private void add(String owner, String revenue) {
        new AggregateUpdate(new DynamoChangeWriter(dynamo, DynamoDbLocalResource.TABLE), Clock.systemUTC()).apply("acme", Ids.newId(), "test",
                Map.of(AggregateKey.of(YearMonth.parse(MONTH), "east", owner), Map.of(AggregateNames.ordersAmount("RUB"), new BigDecimal(revenue))));
    }
}
