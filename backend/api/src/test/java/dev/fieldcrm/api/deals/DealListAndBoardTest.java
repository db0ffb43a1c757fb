package dev.fieldcrm.api.deals;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Given;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.deals.Deals.DEALS;
import static dev.fieldcrm.api.deals.Deals.board;
import static dev.fieldcrm.api.deals.Deals.count;
import static dev.fieldcrm.api.deals.Deals.created;
import static dev.fieldcrm.api.deals.Deals.deal;
import static dev.fieldcrm.api.deals.Deals.dealIds;
import static dev.fieldcrm.api.deals.Deals.money;
import static dev.fieldcrm.api.deals.Deals.moved;
import static dev.fieldcrm.api.deals.Deals.sums;
import static dev.fieldcrm.api.deals.Deals.to;
import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DealListAndBoardTest {
    @Inject
    DynamoCalls calls;

    private static String dealIn(String user, String pipeline, String title, String amount, String currency) {
        Map<String, Object> body = deal(title);
        body.put("pipelineId", pipeline);
        if (amount != null) {
            body.put("amount", money(amount, currency));
            body.put("proposalLink", "https://docs.example.com/" + title.replace(' ', '-'));
        }
        return created(user, body).getString("id");
    }

    private static List<String> ids(String user, Map<String, ?> query) {
        return as("acme", user).queryParams(query).get(DEALS).then().statusCode(200).extract().path("items.id");
    }

    @Test
    void lists_perOwnerTeamStageAndClient_eachOneQuery() {
        String pipeline = Deals.pipeline();
        String client = Given.client("rep1");
        String a = dealIn("rep1", pipeline, "A", null, null);
        Map<String, Object> onClient = deal("B");
        onClient.put("pipelineId", pipeline);
        onClient.put("clientId", client);
        String b = created("rep1", onClient).getString("id");
        String c = dealIn("rep2", pipeline, "C", null, null);
        String west = dealIn("rep3", pipeline, "W", null, null);
        moved("rep1", b, 1, to("trial"));

        calls.reset();
        assertThat(ids("rep1", Map.of("pipelineId", pipeline))).containsExactly(a, b);
        assertThat(calls.made()).containsExactly("Query");
        assertThat(ids("rep1", Map.of("pipelineId", pipeline, "stageId", "trial"))).containsExactly(b);

        calls.reset();
        assertThat(ids("mgr", Map.of("pipelineId", pipeline))).containsExactlyInAnyOrder(a, b, c);
        assertThat(calls.made()).containsExactly("Query");
        assertThat(ids("mgr", Map.of("pipelineId", pipeline, "ownerId", "rep2"))).containsExactly(c);

        calls.reset();
        assertThat(ids("adm", Map.of("pipelineId", pipeline, "stageId", "new"))).containsExactlyInAnyOrder(a, c, west);
        assertThat(calls.made()).containsExactly("Query");

        calls.reset();
        assertThat(ids("rep1", Map.of("clientId", client))).containsExactly(b);
        assertThat(calls.made()).containsExactly("GetItem", "Query");
    }

    @Test
    void aListIsPaged_withACursorThatContinuesIt() {
        String pipeline = Deals.pipeline();
        String first = dealIn("rep1", pipeline, "P1", null, null);
        String second = dealIn("rep1", pipeline, "P2", null, null);
        JsonPath page = as("acme", "rep1").queryParam("pipelineId", pipeline).queryParam("limit", 1).get(DEALS)
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.id")).containsExactly(first);
        List<String> rest = as("acme", "rep1").queryParam("pipelineId", pipeline).queryParam("limit", 1)
                .queryParam("cursor", page.getString("nextCursor")).get(DEALS).then().statusCode(200).extract().path("items.id");
        assertThat(rest).containsExactly(second);
    }

    @Test
    void theBoard_countsAndSumsWhatWasCreated_andStaysRightAfterMovesAndReassignment() {
        String pipeline = Deals.pipeline();
        String d1 = dealIn("rep1", pipeline, "One", "100.50", "RUB");
        String d2 = dealIn("rep1", pipeline, "Two", "200", "RUB");
        dealIn("rep1", pipeline, "Three", "30", "EUR");
        dealIn("rep1", pipeline, "Four", null, null);
        String d5 = dealIn("rep2", pipeline, "Five", "1000", "RUB");

        calls.reset();
        JsonPath rep1 = board("rep1", pipeline);
        assertThat(calls.made()).as("settings, the rep's tally, one Query per stage (7)")
                .containsExactly("Query", "GetItem", "Query", "Query", "Query", "Query", "Query", "Query", "Query");
        assertThat(count(rep1, "new")).isEqualTo(4);
        assertThat(sums(rep1, "new")).isEqualTo(Map.of("RUB", "300.5", "EUR", "30"));
        assertThat(dealIds(rep1, "new")).hasSize(4).contains(d1, d2);
        assertThat(count(rep1, "proposal")).isZero();

        long v1 = moved("rep1", d1, 1, to("proposal"));
        moved("rep1", d2, 1, to("lost", "no-budget"));
        rep1 = board("rep1", pipeline);
        assertThat(count(rep1, "new")).isEqualTo(2);
        assertThat(sums(rep1, "new")).isEqualTo(Map.of("EUR", "30"));
        assertThat(count(rep1, "proposal")).isEqualTo(1);
        assertThat(sums(rep1, "proposal")).isEqualTo(Map.of("RUB", "100.5"));
        assertThat(count(rep1, "lost")).isEqualTo(1);
        assertThat(dealIds(rep1, "proposal")).containsExactly(d1);

        // Changing the amount changes the sum, not the count.
        Map<String, Object> bigger = deal("One");
        bigger.put("pipelineId", pipeline);
        bigger.put("amount", money("150", "RUB"));
        bigger.put("proposalLink", "https://docs.example.com/One");
        as("acme", "rep1").header("If-Match", "\"" + v1 + "\"").body(bigger).put(DEALS + "/" + d1).then().statusCode(200);
        assertThat(sums(board("rep1", pipeline), "proposal")).isEqualTo(Map.of("RUB", "150"));

        calls.reset();
        JsonPath team = board("mgr", pipeline);
        assertThat(calls.made().subList(0, 2)).as("settings, the team's tallies").containsExactly("Query", "Query");
        assertThat(calls.made()).hasSize(2 + 7);
        assertThat(count(team, "new")).isEqualTo(3);
        assertThat(sums(team, "new")).isEqualTo(Map.of("RUB", "1000", "EUR", "30"));

        // Handing rep2's deal to rep1 moves it between the owners' boards; the team's board does not change.
        as("acme", "mgr").header("If-Match", "\"1\"").body(Map.of("ownerId", "rep1"))
                .post(DEALS + "/" + d5 + "/reassign").then().statusCode(200);
        assertThat(count(board("rep1", pipeline), "new")).isEqualTo(3);
        assertThat(count(board("rep2", pipeline), "new")).isZero();
        assertThat(sums(board("rep2", pipeline), "new")).isEqualTo(Collections.emptyMap());
        JsonPath teamAfter = board("mgr", pipeline);
        assertThat(count(teamAfter, "new")).isEqualTo(3);
        assertThat(sums(teamAfter, "new")).isEqualTo(Map.of("RUB", "1000", "EUR", "30"));
        assertThat(dealIds(teamAfter, "new")).contains(d5);
    }

    @Test
    void theAdminsBoard_isTenantWide_andAManagerSeesOneRepsBoardWithOwnerId() {
        String pipeline = Deals.pipeline();
        dealIn("rep1", pipeline, "East", "10", "RUB");
        dealIn("rep3", pipeline, "West", "20", "RUB");
        JsonPath tenant = board("adm", pipeline);
        assertThat(count(tenant, "new")).isEqualTo(2);
        assertThat(sums(tenant, "new")).isEqualTo(Map.of("RUB", "30"));

        JsonPath rep1 = as("acme", "mgr").queryParam("pipelineId", pipeline).queryParam("ownerId", "rep1")
                .get(DEALS + "/board").then().statusCode(200).extract().jsonPath();
        assertThat(rep1.getString("ownerId")).isEqualTo("rep1");
        assertThat(count(rep1, "new")).isEqualTo(1);
    }

    @Test
    void theBoardPage_isAtMost20DealsPerStage() {
        as("acme", "rep1").queryParam("limit", 21).get(DEALS + "/board").then().statusCode(422);
        String pipeline = Deals.pipeline();
        dealIn("rep1", pipeline, "x1", null, null);
        dealIn("rep1", pipeline, "x2", null, null);
        JsonPath board = as("acme", "rep1").queryParam("pipelineId", pipeline).queryParam("limit", 1)
                .get(DEALS + "/board").then().statusCode(200).extract().jsonPath();
        assertThat(count(board, "new")).isEqualTo(2);
        assertThat(dealIds(board, "new")).hasSize(1);
        assertThat(Deals.column(board, "new").get("nextCursor")).isNotNull();
    }
}
