package dev.fieldcrm.api.analytics;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.core.analytics.AggregateKey;
import dev.fieldcrm.core.analytics.AggregateNames;
import dev.fieldcrm.core.dynamo.AnalyticsServices;
import dev.fieldcrm.core.shared.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The dashboard over monthly aggregates (seeded through the engine, as the worker's listener would write them, in
 * months no other test touches): the figures, who may see what, the bounded DynamoDB calls, problem+json for bad input.
 */
@QuarkusTest
class DashboardApiTest {
    private static final String DASHBOARD = "/api/v1/reports/dashboard";
    private static final YearMonth JANUARY = YearMonth.of(2031, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2031, 2);
    private static final String QUARTER = "from=2031-01-01&to=2031-03-31";
    private static boolean seeded;

    @Inject AnalyticsServices analytics;
    @Inject DynamoCalls calls;

    private void add(String tenant, YearMonth month, String team, String owner, Map<String, Integer> counters) {
        Map<String, BigDecimal> deltas = new java.util.HashMap<>();
        counters.forEach((name, value) -> deltas.put(name, BigDecimal.valueOf(value)));
        analytics.update().apply(tenant, "seed-" + Ids.newId(), "test", Map.of(AggregateKey.of(month, team, owner), deltas));
    }

    @BeforeEach
    synchronized void seedOnce() {
        if (seeded) {
            return;
        }
        seeded = true;
        add("acme", JANUARY, "east", "rep1", Map.ofEntries(
                Map.entry(AggregateNames.stageIn("clients", "new"), 4),
                Map.entry(AggregateNames.stageIn("clients", "accepted"), 2),
                Map.entry(AggregateNames.stageOut("clients", "new"), 2),
                Map.entry(AggregateNames.stageTime("clients", "new"), 2 * 86_400),
                Map.entry(AggregateNames.sourceLeads("chat"), 10),
                Map.entry(AggregateNames.sourceDeals("chat"), 4),
                Map.entry(AggregateNames.sourceWon("chat"), 1),
                Map.entry(AggregateNames.sourceWonAmount("chat", "EUR"), 500),
                Map.entry(AggregateNames.partnerDeals("p-1"), 2),
                Map.entry(AggregateNames.lost("clients", "accepted", "no-budget"), 1),
                Map.entry(AggregateNames.WON_COUNT, 1),
                Map.entry(AggregateNames.wonAmount("EUR"), 500),
                Map.entry(AggregateNames.ACTIVITY + "05#CALL", 3),
                Map.entry(AggregateNames.STEPS_PLANNED + "05", 2),
                Map.entry(AggregateNames.STEPS_DONE + "05", 1)));
        add("acme", FEBRUARY, "east", "rep2", Map.of(AggregateNames.ACTIVITY + "03#VISIT", 1, AggregateNames.FACT_VISITS, 1));
        add("acme", JANUARY, "west", "rep3", Map.of(AggregateNames.WON_COUNT, 7));
        add("globex", JANUARY, "east", "grep", Map.of(AggregateNames.WON_COUNT, 9));
    }

    private static JsonPath dashboard(String tenant, String user, String query) {
        return as(tenant, user).get(DASHBOARD + "?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aManagersQuarter_showsTheTeamsFigures_inThreeMonthQueriesAndThreeMore() {
        calls.reset();
        JsonPath d = dashboard("acme", "mgr", QUARTER);

        // 3 months + deal tallies + hygiene tallies + sales settings: all Queries, no Scan, nothing per deal.
        assertThat(calls.made()).isEqualTo(Collections.nCopies(6, "Query"));
        assertThat(d.getString("teamId")).isEqualTo("east");
        Map<String, Object> fresh = d.getMap("funnel.find { it.pipelineId == 'clients' }.stages.find { it.stageId == 'new' }");
        assertThat(fresh).containsEntry("entered", 4).containsEntry("left", 2).containsEntry("averageSecondsInStage", 86_400);
        assertThat(((Number) fresh.get("conversionToNext")).doubleValue()).isCloseTo(0.5, within(1e-6));
        Map<String, Object> chat = d.getMap("sources.find { it.source == 'chat' }");
        assertThat(chat).containsEntry("leads", 10).containsEntry("deals", 4).containsEntry("won", 1);
        assertThat(((Number) chat.get("leadToDeal")).doubleValue()).isCloseTo(0.4, within(1e-6));
        assertThat(((Number) d.get("sources.find { it.source == 'chat' }.revenue.EUR")).intValue()).isEqualTo(500);
        assertThat(d.getList("partners.partnerId")).containsExactly("p-1");
        assertThat(d.getList("lost")).singleElement().isEqualTo(Map.of("pipelineId", "clients", "stageId", "accepted",
                "reason", "no-budget", "count", 1));
        assertThat(d.getInt("won.count")).isEqualTo(1);
        assertThat(d.getInt("facts.visits")).isEqualTo(1);
        Map<String, Object> day = d.getMap("activity.find { it.repId == 'rep1' }.days[0]");
        assertThat(day).containsEntry("period", "2031-01-05").containsEntry("stepsPlanned", 2).containsEntry("stepsDone", 1);
        assertThat(d.getInt("activity.find { it.repId == 'rep1' }.days[0].interactions.CALL")).isEqualTo(3);
        assertThat(d.getList("activity.find { it.repId == 'rep1' }.weeks.period")).containsExactly("2031-W01");
        assertThat(d.getList("activity.repId")).containsExactly("rep1", "rep2");
    }

    @Test
    void aRepSeesOwnDashboard_fromOneGetItemPerMonth() {
        calls.reset();
        JsonPath d = dashboard("acme", "rep1", QUARTER);

        assertThat(calls.made()).containsExactlyInAnyOrder("GetItem", "GetItem", "GetItem", "GetItem", "Query", "Query");
        assertThat(d.getString("repId")).isEqualTo("rep1");
        assertThat(d.getList("activity.repId")).containsExactly("rep1");
        assertThat(d.getInt("facts.visits")).isZero();
    }

    @Test
    void anAdminSeesAnyTeam_andAManagerOneRepOfTheirs() {
        assertThat(dashboard("acme", "adm", QUARTER + "&team=west").getInt("won.count")).isEqualTo(7);
        assertThat(dashboard("acme", "adm", QUARTER).getInt("won.count")).isEqualTo(8);
        assertThat(dashboard("acme", "mgr", QUARTER + "&rep=rep2").getList("activity.repId")).containsExactly("rep2");
    }

    @Test
    void nobodySeesBeyondTheirScope_norAnotherTenant() {
        assertProblem(as("acme", "rep1").get(DASHBOARD + "?" + QUARTER + "&team=east"), 403);
        assertProblem(as("acme", "rep1").get(DASHBOARD + "?" + QUARTER + "&rep=rep2"), 403);
        assertProblem(as("acme", "mgr").get(DASHBOARD + "?" + QUARTER + "&team=west"), 403);
        assertProblem(as("acme", "mgr").get(DASHBOARD + "?" + QUARTER + "&rep=rep3"), 404);
        assertProblem(as("globex", "gmgr").get(DASHBOARD + "?" + QUARTER + "&rep=rep1"), 404);
        assertThat(dashboard("globex", "gmgr", QUARTER).getInt("won.count")).isEqualTo(9);
    }

    @Test
    void badPeriods_areProblems() {
        for (String query : List.of("to=2031-01-31", "from=2031-02-01&to=2031-01-31", "from=2031-01-01&to=2032-01-01",
                "from=31.01.2031&to=2031-02-01", QUARTER + "&team=east&rep=rep1")) {
            assertProblem(as("acme", "mgr").get(DASHBOARD + "?" + query), 422);
        }
    }
}
