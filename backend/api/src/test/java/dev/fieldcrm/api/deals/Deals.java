package dev.fieldcrm.api.deals;

import dev.fieldcrm.api.support.TestData;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;

/** Deals and pipelines a test starts from, made through the API in tenant acme (each call must succeed). */
final class Deals {
    static final String DEALS = "/api/v1/deals";

    private Deals() {
    }

    /**
     * A new pipeline of its own (so board counts start at zero whatever other tests did), stored by the admin:
     * new → proposal [amount, proposalLink] → demo [+ demoLink] → trial (10 days) → frozen → won / lost.
     */
    static String pipeline() {
        String id = "p-" + TestData.next();
        as("acme", "adm").header("If-Match", "\"0\"").body(pipelineBody("Test pipeline " + id, stages()))
                .put("/api/v1/pipelines/" + id).then().statusCode(200);
        return id;
    }

    static List<Map<String, Object>> stages() {
        return List.of(
                stage("new", "New", 10, "OPEN"),
                stage("proposal", "Proposal", 40, "OPEN", "AMOUNT", "PROPOSAL_LINK"),
                stage("demo", "Demo", 60, "OPEN", "AMOUNT", "PROPOSAL_LINK", "DEMO_LINK"),
                withTrialDays(stage("trial", "Trial", 70, "TRIAL"), 10),
                stage("frozen", "Frozen", 0, "FROZEN"),
                stage("won", "Won", 100, "WON"),
                stage("lost", "Lost", 0, "LOST"));
    }

    static Map<String, Object> pipelineBody(String name, List<Map<String, Object>> stages) {
        return Map.of("name", name, "purpose", "OTHER", "stages", stages);
    }

    static Map<String, Object> stage(String id, String name, int probability, String kind, String... required) {
        Map<String, Object> stage = new HashMap<>();
        stage.put("id", id);
        stage.put("name", name);
        stage.put("probability", probability);
        stage.put("kind", kind);
        stage.put("requiredFields", List.of(required));
        return stage;
    }

    private static Map<String, Object> withTrialDays(Map<String, Object> stage, int days) {
        stage.put("trialDays", days);
        return stage;
    }

    /** A deal body: title only, plus whatever the test adds. */
    static Map<String, Object> deal(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        return body;
    }

    static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    /** Creates a deal as {@code user}; the stored deal. */
    static JsonPath created(String user, Map<String, Object> body) {
        return as("acme", user).body(body).post(DEALS).then().statusCode(201).extract().jsonPath();
    }

    static Response move(String user, String dealId, long version, Map<String, Object> body) {
        return as("acme", user).header("If-Match", "\"" + version + "\"").body(body).post(DEALS + "/" + dealId + "/moves");
    }

    /** Moves a deal (must succeed); the new version. */
    static long moved(String user, String dealId, long version, Map<String, Object> body) {
        return move(user, dealId, version, body).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    static Map<String, Object> to(String stageId) {
        return Map.of("stageId", stageId);
    }

    static Map<String, Object> to(String stageId, String reason) {
        return Map.of("stageId", stageId, "reason", reason);
    }

    static JsonPath view(String user, String dealId) {
        return as("acme", user).get(DEALS + "/" + dealId).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath board(String user, String pipelineId) {
        return as("acme", user).queryParam("pipelineId", pipelineId).get(DEALS + "/board")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The column of one stage on a board. */
    static Map<String, Object> column(JsonPath board, String stageId) {
        List<Map<String, Object>> columns = board.getList("columns");
        return columns.stream().filter(c -> stageId.equals(c.get("stageId"))).findFirst().orElseThrow();
    }

    static long count(JsonPath board, String stageId) {
        return ((Number) column(board, stageId).get("count")).longValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> sums(JsonPath board, String stageId) {
        Map<String, String> sums = new HashMap<>();
        for (Map<String, Object> sum : (List<Map<String, Object>>) column(board, stageId).get("sums")) {
            sums.put((String) sum.get("currency"), new java.math.BigDecimal(sum.get("amount").toString()).stripTrailingZeros().toPlainString());
        }
        return sums;
    }

    @SuppressWarnings("unchecked")
    static List<String> dealIds(JsonPath board, String stageId) {
        return ((List<Map<String, Object>>) column(board, stageId).get("deals")).stream().map(d -> (String) d.get("id")).toList();
    }
}
