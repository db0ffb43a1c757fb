package dev.fieldcrm.api.deals;

import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.deals.SalesSettingsService;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static dev.fieldcrm.api.deals.Deals.DEALS;
import static dev.fieldcrm.api.deals.Deals.created;
import static dev.fieldcrm.api.deals.Deals.deal;
import static dev.fieldcrm.api.deals.Deals.pipelineBody;
import static dev.fieldcrm.api.deals.Deals.stage;
import static dev.fieldcrm.api.deals.Deals.stages;
import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SalesSettingsTest {
    @Inject
    SalesSettingsService settings;

    private static final String PIPELINES = "/api/v1/pipelines";
    private static final String SETTINGS = "/api/v1/sales-settings";

    private static Response putPipeline(String user, String id, String ifMatch, Object body) {
        var request = as("acme", user).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(PIPELINES + "/" + id);
    }

    @Test
    void theDefaultPipelines_areReadableByEveryone_asVersion0() {
        JsonPath clients = as("globex", "grep").get(PIPELINES + "/clients").then().statusCode(200)
                .header("ETag", "\"0\"").extract().jsonPath();
        assertThat(clients.getString("purpose")).isEqualTo("CLIENTS");
        assertThat(clients.getList("stages.id")).containsExactly("new", "accepted", "needs-analysed", "proposal-sent",
                "demo-done", "trial", "negotiation", "frozen", "won", "lost");
        assertThat(clients.getList("stages[3].requiredFields")).containsExactlyInAnyOrder("AMOUNT", "PROPOSAL_LINK");
        assertThat(clients.getInt("stages[5].trialDays")).isEqualTo(14);
        List<String> ids = as("acme", "rep1").get(PIPELINES).then().statusCode(200).extract().path("id");
        assertThat(ids).contains("clients", "partners");
        JsonPath partners = as("acme", "rep1").get(PIPELINES + "/partners").then().statusCode(200).extract().jsonPath();
        assertThat(partners.getString("purpose")).isEqualTo("PARTNERS");
        assertThat(partners.getString("stages.find { it.id == 'contract-signed' }.kind")).isEqualTo("WON");
        as("acme", "rep1").get(PIPELINES + "/no-such").then().statusCode(404);
    }

    @Test
    void theDefaultSettings_areVersion0_withRub() {
        JsonPath settings = as("globex", "grep").get(SETTINGS).then().statusCode(200).header("ETag", "\"0\"")
                .extract().jsonPath();
        assertThat(settings.getString("defaultCurrency")).isEqualTo("RUB");
        assertThat(settings.getList("sources")).contains("inbound-call", "chat", "website-form", "client-referral",
                "partner", "event", "cold-outreach");
        assertThat(settings.getList("wonReasons")).isNotEmpty();
        assertThat(settings.getList("lostReasons")).isNotEmpty();
    }

    @Test
    void onlyAnAdmin_changesPipelinesAndSettings() {
        String id = "p-" + TestData.next();
        assertProblem(putPipeline("rep1", id, "\"0\"", pipelineBody("Mine", stages())), 403);
        assertProblem(putPipeline("mgr", id, "\"0\"", pipelineBody("Mine", stages())), 403);
        assertProblem(as("acme", "mgr").header("If-Match", "\"0\"").body(settingsBody(List.of("a"))).put(SETTINGS), 403);
        assertProblem(as("acme", "rep1").header("If-Match", "\"0\"").body(settingsBody(List.of("a"))).put(SETTINGS), 403);
        as("acme", "adm").get(PIPELINES + "/" + id).then().statusCode(404);
    }

    @Test
    void anAdminStoresAPipeline_withVersions_staleWritesGet412_andMissingIfMatch428() {
        String id = "p-" + TestData.next();
        assertProblem(putPipeline("adm", id, null, pipelineBody("V1", stages())), 428);
        assertProblem(putPipeline("adm", id, "\"3\"", pipelineBody("V1", stages())), 412);
        putPipeline("adm", id, "\"0\"", pipelineBody("V1", stages())).then().statusCode(200).header("ETag", "\"1\"");
        putPipeline("adm", id, "\"1\"", pipelineBody("V2", stages())).then().statusCode(200).header("ETag", "\"2\"");
        var stale = assertProblem(putPipeline("adm", id, "\"1\"", pipelineBody("V3", stages())), 412);
        assertThat(stale.getLong("currentVersion")).isEqualTo(2);
        assertThat(as("acme", "rep1").get(PIPELINES + "/" + id).then().statusCode(200).extract().jsonPath().getString("name"))
                .isEqualTo("V2");
    }

    @Test
    void aPipelineNeedsUniqueStageIds_exactlyOneWonStage_atLeastOneLostStage_andProbabilitiesInRange() {
        String id = "p-" + TestData.next();
        List<Map<String, Object>> bad = List.of(
                stage("new", "New", 10, "OPEN"),
                stage("new", "New again", 20, "OPEN"),
                stage("won", "Won", 100, "WON"),
                stage("won-too", "Won too", 100, "WON"));
        var problem = assertProblem(putPipeline("adm", id, "\"0\"", pipelineBody("Bad", bad)), 422);
        assertThat(fields(problem)).contains("stages[1].id", "stages");
        assertThat(problem.getList("errors.message").toString()).contains("exactly one WON", "at least one LOST");

        List<Map<String, Object>> improbable = new ArrayList<>(stages());
        Map<String, Object> tooSure = new HashMap<>(improbable.get(1));
        tooSure.put("probability", 150);
        improbable.set(1, tooSure);
        assertThat(fields(assertProblem(putPipeline("adm", id, "\"0\"", pipelineBody("Improbable", improbable)), 422)))
                .containsExactly("stages[1].probability");
        as("acme", "adm").get(PIPELINES + "/" + id).then().statusCode(404);
    }

    @Test
    void aStageThatHoldsDeals_cannotBeRemoved_butAnEmptyOneCan() {
        String id = Deals.pipeline();
        Map<String, Object> body = deal("Holds the demo stage");
        body.put("pipelineId", id);
        String deal = created("rep1", body).getString("id");
        assertThat(deal).isNotNull();
        List<Map<String, Object>> withoutNew = new ArrayList<>(stages().subList(1, stages().size()));
        var problem = assertProblem(putPipeline("adm", id, "\"1\"", pipelineBody("Without new", withoutNew)), 422);
        assertThat(problem.getList("errors.message").toString())
                .contains("'new' is referenced by 1 deals (closed deals included)");

        List<Map<String, Object>> withoutDemo = new ArrayList<>(stages());
        withoutDemo.remove(2);
        putPipeline("adm", id, "\"1\"", pipelineBody("Without demo", withoutDemo)).then().statusCode(200);
    }

    @Test
    void aStageThatClosedDealsReference_cannotBeRemoved_andTheMessageSaysClosedDealsCount() {
        String id = Deals.pipeline();
        Map<String, Object> body = deal("Lost long ago");
        body.put("pipelineId", id);
        String deal = created("rep1", body).getString("id");
        Deals.moved("rep1", deal, 1, Deals.to("lost", "no-budget"));
        List<Map<String, Object>> withoutLost = new ArrayList<>(stages());
        withoutLost.add(stage("lost-other", "Lost otherwise", 0, "LOST"));
        withoutLost.removeIf(s -> "lost".equals(s.get("id")));
        var problem = assertProblem(putPipeline("adm", id, "\"1\"", pipelineBody("Without lost", withoutLost)), 422);
        assertThat(problem.getList("errors.message").toString())
                .contains("'lost' is referenced by 1 deals (closed deals included)");
    }

    @Test
    void aStagesKindCannotChange_whileDealsSitInIt_butAnEmptyStagesCan() {
        String id = Deals.pipeline();
        Map<String, Object> body = deal("Won already");
        body.put("pipelineId", id);
        String deal = created("rep1", body).getString("id");
        Deals.moved("rep1", deal, 1, Deals.to("won", "best-price"));

        // won → OPEN (with another WON stage added so the pipeline itself stays valid): refused, naming the stage.
        List<Map<String, Object>> wonReopened = new ArrayList<>(stages());
        wonReopened.set(5, stage("won", "Won", 100, "OPEN"));
        wonReopened.add(stage("won-again", "Won again", 100, "WON"));
        var problem = assertProblem(putPipeline("adm", id, "\"1\"", pipelineBody("Reopened", wonReopened)), 422);
        assertThat(fields(problem)).containsExactly("stages[5].kind");
        assertThat(problem.getString("errors[0].message")).contains("'won'").contains("from WON to OPEN");
        as("acme", "adm").get(PIPELINES + "/" + id).then().statusCode(200).header("ETag", "\"1\"");

        // The empty frozen stage may become OPEN.
        List<Map<String, Object>> frozenOpened = new ArrayList<>(stages());
        frozenOpened.set(4, stage("frozen", "Parked", 0, "OPEN"));
        putPipeline("adm", id, "\"1\"", pipelineBody("Parked", frozenOpened)).then().statusCode(200);
    }

    @Test
    void settingsAndPipelineChanges_areAudited_withWhoWhenBeforeAndAfter_readableByAdminsOnly() {
        String id = Deals.pipeline();
        putPipeline("adm", id, "\"1\"", pipelineBody("Renamed " + id, stages())).then().statusCode(200);

        JsonPath history = as("acme", "adm").queryParam("limit", 200).get(SETTINGS + "/history").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> ours = history.<Map<String, Object>>getList("items").stream()
                .filter(e -> id.equals(e.get("entityId"))).toList();
        assertThat(ours).extracting(e -> e.get("action")).as("newest first").containsExactly("changed", "created");
        assertThat(ours).allSatisfy(e -> {
            assertThat(e.get("actorId")).isEqualTo("adm");
            assertThat(e.get("entity")).isEqualTo("pipeline");
            assertThat(e.get("at")).isNotNull();
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) ours.getFirst().get("changes");
        Map<String, Object> name = changes.stream().filter(c -> "name".equals(c.get("field"))).findFirst().orElseThrow();
        assertThat((String) name.get("from")).contains("Test pipeline " + id);
        assertThat((String) name.get("to")).contains("Renamed " + id);

        assertProblem(as("acme", "rep1").get(SETTINGS + "/history"), 403);
        assertProblem(as("acme", "mgr").get(SETTINGS + "/history"), 403);
        assertProblem(as("globex", "gmgr").get(SETTINGS + "/history"), 403);
        Caller globexAdmin = new Caller("globex", "gadm", Set.of(Role.ADMIN), null, ZoneId.of("UTC"));
        assertThat(settings.history(globexAdmin, PageRequest.of(200, null)).items())
                .as("another tenant's admin sees none of acme's changes")
                .noneMatch(e -> id.equals(e.entityId()));
    }

    @Test
    void anAdminSetsTheCompanysDisplayName_whichIsReadBack_andTooLongANameIs422() {
        String version = as("acme", "adm").get(SETTINGS).header("ETag");
        JsonPath current = as("acme", "adm").get(SETTINGS).then().extract().jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("sources", current.getList("sources"));
        body.put("wonReasons", current.getList("wonReasons"));
        body.put("lostReasons", current.getList("lostReasons"));
        body.put("defaultCurrency", "RUB");
        body.put("displayName", "x".repeat(101));
        assertThat(fields(assertProblem(as("acme", "adm").header("If-Match", version).body(body).put(SETTINGS), 422)))
                .containsExactly("displayName");

        body.put("displayName", "  ООО «Акме»  ");
        as("acme", "adm").header("If-Match", version).body(body).put(SETTINGS).then().statusCode(200);
        assertThat(as("acme", "rep1").get(SETTINGS).then().statusCode(200).extract().jsonPath().getString("displayName"))
                .isEqualTo("ООО «Акме»");
        assertThat(as("globex", "grep").get(SETTINGS).then().statusCode(200).extract().jsonPath().getString("displayName"))
                .isNull();
    }

    @Test
    void aSettingsChange_isAuditedWithItsBeforeAndAfter() {
        String version = as("acme", "adm").get(SETTINGS).header("ETag");
        JsonPath current = as("acme", "adm").get(SETTINGS).then().extract().jsonPath();
        List<String> sources = new ArrayList<>(current.getList("sources"));
        String added = "audited-" + TestData.next();
        sources.add(added);
        Map<String, Object> body = new HashMap<>();
        body.put("sources", sources);
        body.put("wonReasons", current.getList("wonReasons"));
        body.put("lostReasons", current.getList("lostReasons"));
        body.put("defaultCurrency", "RUB");
        as("acme", "adm").header("If-Match", version).body(body).put(SETTINGS).then().statusCode(200);

        JsonPath history = as("acme", "adm").queryParam("limit", 200).get(SETTINGS + "/history").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> entries = history.getList("items");
        Map<String, Object> entry = entries.stream().filter(e -> "sales-settings".equals(e.get("entity")))
                .filter(e -> e.get("changes").toString().contains(added)).findFirst().orElseThrow();
        assertThat(entry.get("actorId")).isEqualTo("adm");
        @SuppressWarnings("unchecked")
        Map<String, Object> change = ((List<Map<String, Object>>) entry.get("changes")).stream()
                .filter(c -> "sources".equals(c.get("field"))).findFirst().orElseThrow();
        assertThat((String) change.get("from")).doesNotContain(added);
        assertThat((String) change.get("to")).contains(added);
    }

    @Test
    void anAdminAddsADealSource_andRepsCanUseItAtOnce() {
        JsonPath current = as("acme", "adm").get(SETTINGS).then().statusCode(200).extract().jsonPath();
        String version = as("acme", "adm").get(SETTINGS).header("ETag");
        List<String> sources = new ArrayList<>(current.getList("sources"));
        String added = "trade-show-" + TestData.next();
        Map<String, Object> bodyWithoutIt = deal("From the show");
        bodyWithoutIt.put("source", added);
        assertThat(fields(assertProblem(as("acme", "rep1").body(bodyWithoutIt).post(DEALS), 422))).containsExactly("source");

        sources.add(added);
        Map<String, Object> body = new HashMap<>();
        body.put("sources", sources);
        body.put("wonReasons", current.getList("wonReasons"));
        body.put("lostReasons", current.getList("lostReasons"));
        body.put("defaultCurrency", "RUB");
        as("acme", "adm").header("If-Match", version).body(body).put(SETTINGS).then().statusCode(200);
        assertProblem(as("acme", "adm").header("If-Match", version).body(body).put(SETTINGS), 412);

        assertThat(created("rep1", bodyWithoutIt).getString("source")).isEqualTo(added);
    }

    @Test
    void settingsWithADuplicateSource_areRefused() {
        var problem = assertProblem(as("acme", "adm").header("If-Match", "\"0\"")
                .body(settingsBody(List.of("chat", "chat"))).put(SETTINGS), 422);
        assertThat(fields(problem)).containsExactly("sources[1]");
    }

    private static Map<String, Object> settingsBody(List<String> sources) {
        return Map.of("sources", sources, "wonReasons", List.of("price"), "lostReasons", List.of("price"), "defaultCurrency", "RUB");
    }
}
