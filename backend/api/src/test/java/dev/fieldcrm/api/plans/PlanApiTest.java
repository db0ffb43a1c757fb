package dev.fieldcrm.api.plans;

import dev.fieldcrm.api.support.DynamoCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monthly plans per rep: a manager sets the own team's, an admin anyone's, a rep reads own; every change is versioned
 * and audited; bad plans are refused with problem+json and nothing is stored.
 */
@QuarkusTest
class PlanApiTest {
    /** Each test plans its own month, so tests do not see each other's plans. */
    private static final AtomicInteger MONTHS = new AtomicInteger();

    @Inject DynamoCalls calls;

    private static String freshMonth() {
        return String.format("2031-%02d", MONTHS.incrementAndGet());
    }

    private static Map<String, Object> plan(String revenue, int newClients, int visits) {
        return Map.of("currency", "RUB", "targets", List.of(
                Map.of("metric", "REVENUE", "value", revenue),
                Map.of("metric", "NEW_CLIENTS", "value", String.valueOf(newClients)),
                Map.of("metric", "VISITS", "value", String.valueOf(visits))));
    }

    private static JsonPath plans(String user, String month, String query) {
        return as("acme", user).get("/api/v1/plans/" + month + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aManagerSetsAPlanForATeamRep_changesItWithIfMatch_andTheRepReadsIt() {
        String month = freshMonth();

        calls.reset();
        String etag = as("acme", "mgr").body(plan("500000", 3, 40)).put("/api/v1/plans/" + month + "/rep1")
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("teamId", org.hamcrest.Matchers.equalTo("east")).extract().header("ETag");
        assertThat(calls.made()).containsExactly("GetItem", "GetItem", "TransactWriteItems");

        as("acme", "mgr").header("If-Match", etag).body(plan("600000.50", 4, 45)).put("/api/v1/plans/" + month + "/rep1")
                .then().statusCode(200).header("ETag", "\"2\"");

        calls.reset();
        JsonPath own = plans("rep1", month, "");
        assertThat(calls.made()).containsExactly("GetItem");
        assertThat(own.getList("plans.ownerId")).containsExactly("rep1");
        assertThat(own.getString("plans[0].targets.find { it.metric == 'REVENUE' }.value")).isEqualTo("600000.50");

        calls.reset();
        assertThat(plans("mgr", month, "").getList("plans.ownerId")).containsExactly("rep1");
        assertThat(calls.made()).containsExactly("Query");

        List<String> history = as("acme", "adm").get("/api/v1/sales-settings/history?limit=50").then().statusCode(200)
                .extract().path("items.entityId");
        assertThat(history).contains(month + "/rep1");
    }

    @Test
    void aStaleIfMatch_orCreatingAnExistingPlan_isAConflictWithTheCurrentVersion() {
        String month = freshMonth();
        as("acme", "adm").body(plan("100", 1, 1)).put("/api/v1/plans/" + month + "/rep3").then().statusCode(201);

        assertProblem(as("acme", "adm").body(plan("200", 1, 1)).put("/api/v1/plans/" + month + "/rep3"), 412);
        assertProblem(as("acme", "adm").header("If-Match", "\"7\"").body(plan("200", 1, 1))
                .put("/api/v1/plans/" + month + "/rep3"), 412);

        assertThat(plans("adm", month, "?team=west").getString("plans[0].targets[0].value")).isEqualTo("100");
    }

    @Test
    void aRepCannotSetPlans_norAManagerForAnotherTeam_norAnyoneForAnotherTenant() {
        String month = freshMonth();

        assertProblem(as("acme", "rep1").body(plan("1", 1, 1)).put("/api/v1/plans/" + month + "/rep1"), 403);
        assertProblem(as("acme", "mgr").body(plan("1", 1, 1)).put("/api/v1/plans/" + month + "/rep3"), 404);
        assertProblem(as("globex", "gmgr").body(plan("1", 1, 1)).put("/api/v1/plans/" + month + "/rep1"), 404);
        assertProblem(as("acme", "mgr").get("/api/v1/plans/" + month + "?team=west"), 403);
        assertProblem(as("acme", "rep1").get("/api/v1/plans/" + month + "?team=west"), 403);

        assertThat(plans("adm", month, "").getList("plans")).isEmpty();
    }

    @Test
    void anotherTenantsPlans_areNeverListed() {
        String month = freshMonth();
        as("globex", "gmgr").body(plan("9", 1, 1)).put("/api/v1/plans/" + month + "/grep").then().statusCode(201);

        assertThat(plans("adm", month, "").getList("plans")).isEmpty();
        assertThat(plans("mgr", month, "").getList("plans")).isEmpty();
    }

    @Test
    void badPlans_areRefusedWithEveryFieldNamed_andNothingIsStored() {
        String month = freshMonth();
        Map<String, Object> bad = Map.of("targets", List.of(
                Map.of("metric", "REVENUE", "value", "-5"),
                Map.of("metric", "VISITS", "value", "2.5"),
                Map.of("metric", "VISITS", "value", "3")));

        JsonPath problem = assertProblem(as("acme", "mgr").body(bad).put("/api/v1/plans/" + month + "/rep1"), 422);

        assertThat(fields(problem)).contains("targets[0].value", "targets[1].value", "targets[2].metric", "currency");
        assertProblem(as("acme", "mgr").body(Map.of("targets", List.of(Map.of("metric", "SMILES", "value", "1"))))
                .put("/api/v1/plans/" + month + "/rep1"), 400);
        assertProblem(as("acme", "mgr").body(plan("1", 1, 1)).put("/api/v1/plans/2031-13/rep1"), 422);
        assertThat(plans("mgr", month, "").getList("plans")).isEmpty();
    }

    @Test
    void aManagerReadsTheTeamsPlanChangesOldToNew_inOneQuery_aRepOnlyOwn_andNoOneAnotherTeamsOrTenants() {
        String month = freshMonth();
        String etag = as("acme", "mgr").body(plan("500000", 3, 40)).put("/api/v1/plans/" + month + "/rep1")
                .then().statusCode(201).extract().header("ETag");
        as("acme", "mgr").header("If-Match", etag).body(plan("600000", 3, 45)).put("/api/v1/plans/" + month + "/rep1")
                .then().statusCode(200);
        as("acme", "mgr").body(plan("1000", 1, 1)).put("/api/v1/plans/" + month + "/rep2").then().statusCode(201);
        as("acme", "adm").body(plan("7", 1, 1)).put("/api/v1/plans/" + month + "/rep3").then().statusCode(201);
        as("globex", "gmgr").body(plan("9", 1, 1)).put("/api/v1/plans/" + month + "/grep").then().statusCode(201);

        calls.reset();
        JsonPath team = plans("mgr", month, "/history");
        assertThat(calls.made()).containsExactly("Query");
        assertThat(team.getList("changes.ownerId")).containsExactlyInAnyOrder("rep1", "rep1", "rep2");
        JsonPath rep1 = plans("mgr", month, "/history?user=rep1");
        assertThat(rep1.getList("changes.version", Integer.class)).containsExactly(2, 1);
        assertThat(rep1.getString("changes[0].by")).isEqualTo("mgr");
        assertThat(rep1.getList("changes[0].targets.metric")).containsExactlyInAnyOrder("REVENUE", "VISITS");
        assertThat(rep1.getString("changes[0].targets.find { it.metric == 'REVENUE' }.from")).isEqualTo("500000");
        assertThat(rep1.getString("changes[0].targets.find { it.metric == 'REVENUE' }.to")).isEqualTo("600000");
        assertThat(rep1.getString("changes[1].targets.find { it.metric == 'VISITS' }.from")).isNull();

        calls.reset();
        assertThat(plans("rep1", month, "/history").getList("changes.ownerId")).containsExactly("rep1", "rep1");
        assertThat(calls.made()).containsExactly("Query");
        assertProblem(as("acme", "rep1").get("/api/v1/plans/" + month + "/history?user=rep2"), 403);
        assertProblem(as("acme", "mgr").get("/api/v1/plans/" + month + "/history?team=west"), 403);
        assertThat(plans("mgr", month, "/history?user=rep3").getList("changes")).isEmpty();
        assertThat(plans("adm", month, "/history").getList("changes.ownerId")).containsExactlyInAnyOrder("rep1", "rep1", "rep2", "rep3");
        assertThat(plans("adm", month, "/history?team=west").getList("changes.ownerId")).containsExactly("rep3");
        assertProblem(as("acme", "mgr").get("/api/v1/plans/2031-13/history"), 422);
    }
}
