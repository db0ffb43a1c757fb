package dev.fieldcrm.api.hygiene;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.dynamo.HygieneServices;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offenders API over stored offences (the worker keeps them current; here the evaluator runs in-process after
 * each write): who may see whose offenders, one Query per page, problem+json for bad filters.
 */
@QuarkusTest
class HygieneOffendersTest {
    private static final String HYGIENE = "/api/v1/hygiene";

    @Inject HygieneServices hygiene;
    @Inject DynamoCalls calls;

    /** A deal without a source (S1-08) of the user on a new client of theirs, evaluated as the worker would. */
    private String offendingDeal(String tenant, String user) {
        String client = as(tenant, user).body(TestData.client("Client " + TestData.next()))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        String id = as(tenant, user).body(Map.of("title", "No source", "clientId", client)).post("/api/v1/deals")
                .then().statusCode(201).extract().path("id");
        hygiene.evaluator().deal(tenant, id);
        return id;
    }

    private static List<String> dealIds(JsonPath page) {
        return page.getList("items.deal.dealId");
    }

    private static JsonPath offenders(String tenant, String user, String query) {
        return as(tenant, user).get(HYGIENE + "/offenders?limit=100&" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRepSeesOwnOffenders_aManagerTheTeams_andOneRuleIsOneQuery() {
        String rep1Deal = offendingDeal("acme", "rep1");
        String rep2Deal = offendingDeal("acme", "rep2");

        assertThat(dealIds(offenders("acme", "rep1", "rule=S1-08"))).contains(rep1Deal).doesNotContain(rep2Deal);
        assertThat(dealIds(offenders("acme", "rep1", "severity=1"))).contains(rep1Deal).doesNotContain(rep2Deal);

        calls.reset();
        JsonPath team = offenders("acme", "mgr", "rule=S1-08");
        assertThat(calls.made()).containsExactly("Query");
        assertThat(dealIds(team)).contains(rep1Deal, rep2Deal);
        assertThat(dealIds(offenders("acme", "mgr", "rule=S1-08&owner=rep2"))).contains(rep2Deal).doesNotContain(rep1Deal);
        assertThat(dealIds(offenders("acme", "adm", "team=east&severity=1"))).contains(rep1Deal, rep2Deal);
    }

    @Test
    void aRepCannotSeeAnotherRepsOffenders_norAManagerAnotherTeams() {
        offendingDeal("acme", "rep2");

        assertProblem(as("acme", "rep1").get(HYGIENE + "/offenders?owner=rep2"), 403);
        assertProblem(as("acme", "mgr").get(HYGIENE + "/offenders?team=west"), 403);
        assertProblem(as("acme", "mgr").get(HYGIENE + "/offenders?owner=rep3"), 404);
    }

    @Test
    void anotherTenantsOffenders_areNeverListed() {
        String globexDeal = offendingDeal("globex", "grep");

        assertThat(dealIds(offenders("acme", "adm", "team=east&rule=S1-08"))).doesNotContain(globexDeal);
        assertThat(dealIds(offenders("globex", "gmgr", "rule=S1-08"))).contains(globexDeal);
        assertProblem(as("globex", "gmgr").get(HYGIENE + "/offenders?owner=rep1"), 404);
    }

    @Test
    void counts_followTheOffences_perRuleAndPerRep() {
        long before = countOf(as("acme", "mgr").get(HYGIENE + "/counts").then().statusCode(200).extract().jsonPath(),
                "perOwner.rep1.'S1-08'");
        offendingDeal("acme", "rep1");

        JsonPath counts = as("acme", "mgr").get(HYGIENE + "/counts").then().statusCode(200).extract().jsonPath();
        assertThat(countOf(counts, "perOwner.rep1.'S1-08'")).isEqualTo(before + 1);
        assertThat(countOf(counts, "perRule.'S1-08'")).isGreaterThanOrEqualTo(before + 1);
        JsonPath own = as("acme", "rep1").get(HYGIENE + "/counts").then().statusCode(200).extract().jsonPath();
        assertThat(own.getMap("perOwner")).containsOnlyKeys("rep1");
    }

    @Test
    void badFilters_areProblems_andRulesAreListed() {
        assertThat(fieldOf(assertProblem(as("acme", "rep1").get(HYGIENE + "/offenders?rule=S9-99"), 422))).isEqualTo("rule");
        assertThat(fieldOf(assertProblem(as("acme", "rep1").get(HYGIENE + "/offenders?severity=3"), 422))).isEqualTo("severity");
        JsonPath rules = as("acme", "rep1").get(HYGIENE + "/rules").then().statusCode(200).extract().jsonPath();
        assertThat(rules.getList("id")).hasSize(17).contains("S1-01", "S2-04");
        assertThat(rules.getList("enabled")).containsOnly(true);
    }

    private static long countOf(JsonPath counts, String path) {
        Number n = counts.get(path);
        return n == null ? 0 : n.longValue();
    }

    private static String fieldOf(JsonPath problem) {
        return Problems.fields(problem).get(0);
    }
}
