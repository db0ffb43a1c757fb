package dev.fieldcrm.api.hygiene;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.dynamo.HygieneServices;
import dev.fieldcrm.core.hygiene.review.NextReview;
import dev.fieldcrm.core.hygiene.review.ReviewRound;
import dev.fieldcrm.core.hygiene.review.ReviewTally;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review rounds over stored offences (the evaluator runs in-process after each write, as the worker would): who may
 * start and see rounds, the rep's marks and the manager's decisions with versions, the history, and the exports read
 * back. A tenant of its own per test: adm, mgr, rep1, rep2 (team north), rep3 (team south).
 */
@QuarkusTest
class HygieneReviewTest {
    private static final String REVIEWS = "/api/v1/hygiene/reviews";

    @Inject HygieneServices hygiene;
    @Inject UserStore users;
    @Inject DynamoCalls calls;

    private String tenant;

    @BeforeEach
    void freshTenant() {
        tenant = "review-" + TestData.next();
        users.save(tenant, user("adm", Role.ADMIN, "north"));
        users.save(tenant, user("mgr", Role.MANAGER, "north"));
        users.save(tenant, user("rep1", Role.REP, "north"));
        users.save(tenant, user("rep2", Role.REP, "north"));
        users.save(tenant, user("rep3", Role.REP, "south"));
    }

    private static User user(String id, Role role, String team) {
        return new User(id, id, id + "@example.com", Set.of(role), team, "Europe/Moscow", "en", true, 1);
    }

    /** A deal without a source (S1-08) on a new client of the user, evaluated as the worker would. */
    private String offendingDeal(String user, String title) {
        String client = as(tenant, user).body(TestData.client("Client " + TestData.next()))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        String id = as(tenant, user).body(Map.of("title", title, "clientId", client)).post("/api/v1/deals")
                .then().statusCode(201).extract().path("id");
        hygiene.evaluator().deal(tenant, id);
        return id;
    }

    private String startRound(String user) {
        return as(tenant, user).post(REVIEWS).then().statusCode(201).extract().path("id");
    }

    private JsonPath rows(String user, String roundId, String query) {
        return as(tenant, user).get(REVIEWS + "/" + roundId + "/rows?limit=200&" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private static String row(String roundId, String dealId) {
        return REVIEWS + "/" + roundId + "/rows/S1-08/" + dealId;
    }

    private Response mark(String user, String roundId, String dealId, String ifMatch, Map<String, Object> body) {
        return as(tenant, user).header("If-Match", ifMatch).body(body).put(row(roundId, dealId) + "/status");
    }

    private Response decide(String user, String roundId, String dealId, String ifMatch, String decision) {
        return as(tenant, user).header("If-Match", ifMatch).body(Map.of("decision", decision)).put(row(roundId, dealId) + "/decision");
    }

    private static List<String> dealIds(JsonPath page, String rule) {
        return page.getList("items.findAll { it.row.ruleId == '" + rule + "' }.row.dealId");
    }

    @Test
    void aManagerStartsARound_itSnapshotsEveryEnabledRulesOffences_withOneQueryPerRuleAndNoScan() {
        String deal1 = offendingDeal("rep1", "Поставка трески");
        String deal3 = offendingDeal("rep3", "Поставка корюшки");

        calls.reset();
        JsonPath round = as(tenant, "mgr").post(REVIEWS).then().statusCode(201).extract().jsonPath();

        assertThat(calls.made()).doesNotContain("Scan").startsWith("GetItem", "GetItem")
                .endsWith("TransactWriteItems").contains("BatchWriteItem");
        assertThat(calls.made()).filteredOn("Query"::equals).hasSize(17);
        assertThat(round.getInt("rows.S1-08")).isEqualTo(2);
        String id = round.getString("id");
        assertThat(Instant.parse(round.getString("deadline")))
                .isEqualTo(Instant.parse(round.getString("createdAt")).plus(3, ChronoUnit.DAYS));

        JsonPath own = rows("rep1", id, "");
        assertThat(dealIds(own, "S1-08")).containsExactly(deal1);
        assertThat(own.getString("items.find { it.row.ruleId == 'S1-08' }.row.status")).isEqualTo("NOT_PROCESSED");
        assertThat(own.getString("items.find { it.row.ruleId == 'S1-08' }.row.title")).isEqualTo("Поставка трески");
        assertThat(dealIds(rows("mgr", id, ""), "S1-08")).containsExactly(deal1);
        assertThat(dealIds(rows("adm", id, ""), "S1-08")).containsExactlyInAnyOrder(deal1, deal3);
    }

    @Test
    void aRepCannotStartARound_norSeeAnotherRepsRows_andAnotherTenantFindsNothing() {
        offendingDeal("rep2", "Поставка трески");
        String id = startRound("adm");

        assertProblem(as(tenant, "rep1").post(REVIEWS), 403);
        assertProblem(as(tenant, "rep1").get(REVIEWS + "/" + id + "/rows?owner=rep2"), 403);
        assertThat(dealIds(rows("rep1", id, ""), "S1-08")).isEmpty();
        assertProblem(as("globex", "gmgr").get(REVIEWS + "/" + id), 404);
        assertProblem(as("globex", "gmgr").accept("text/csv").get(REVIEWS + "/" + id + "/export.csv"), 404);
    }

    @Test
    void aRedeliveredScheduleEvent_createsTheRoundOnce_andMovesTheNextRoundOn() {
        offendingDeal("rep1", "Поставка трески");
        var due = new NextReview(Instant.parse("2026-12-07T06:00:00Z"));

        ReviewRound first = hygiene.rounds().scheduled(tenant, due);
        ReviewRound again = hygiene.rounds().scheduled(tenant, due);

        assertThat(again).isEqualTo(first);
        assertThat(first.id()).isEqualTo("20261207T060000Z-S");
        assertThat(hygiene.reviews().latest(tenant, 10)).extracting(ReviewRound::id).containsExactly(first.id());
        assertThat(hygiene.reviews().tallies(tenant, first.id())).singleElement()
                .satisfies(t -> assertThat(t.rows()).isEqualTo(first.total()));
    }

    @Test
    void theRepMarksOwnRows_notFixedNeedsAComment_versionsAreChecked_andOnlyTheOwnerMayMark() {
        String deal1 = offendingDeal("rep1", "Поставка трески");
        String deal2 = offendingDeal("rep2", "Поставка корюшки");
        String id = startRound("mgr");

        JsonPath missing = assertProblem(mark("rep1", id, deal1, "\"1\"", Map.of("status", "NOT_FIXED")), 422);
        assertThat(missing.getList("errors.field", String.class)).contains("comment");
        assertProblem(mark("rep1", id, deal2, "\"1\"", Map.of("status", "FIXED")), 403);
        assertProblem(mark("mgr", id, deal1, "\"1\"", Map.of("status", "FIXED")), 403);
        assertProblem(as(tenant, "rep1").body(Map.of("status", "FIXED")).put(row(id, deal1) + "/status"), 428);

        mark("rep1", id, deal1, "\"1\"", Map.of("status", "NOT_FIXED", "comment", "Клиент не отвечает"))
                .then().statusCode(200).header("ETag", "\"2\"");
        assertProblem(mark("rep1", id, deal1, "\"1\"", Map.of("status", "FIXED")), 412);
        mark("rep2", id, deal2, "\"1\"", Map.of("status", "FIXED")).then().statusCode(200);

        JsonPath team = rows("mgr", id, "open=true");
        assertThat(dealIds(team, "S1-08")).containsExactly(deal1);
        assertThat(team.getString("items.find { it.row.ruleId == 'S1-08' }.row.comment")).isEqualTo("Клиент не отвечает");
        assertProblem(as("globex", "grep").header("If-Match", "\"2\"").body(Map.of("status", "FIXED"))
                .put(row(id, deal1) + "/status"), 404);
    }

    @Test
    void theManagerAcceptsOrRejectsNotFixedRows_aRejectionIsAWarningInTheRepsHistory() {
        String deal1 = offendingDeal("rep1", "Поставка трески");
        String deal2 = offendingDeal("rep1", "Поставка корюшки");
        String deal3 = offendingDeal("rep3", "Поставка сельди");
        String id = startRound("mgr");
        mark("rep1", id, deal1, "\"1\"", Map.of("status", "NOT_FIXED", "comment", "Бюджет не согласован")).then().statusCode(200);
        mark("rep1", id, deal2, "\"1\"", Map.of("status", "NOT_FIXED", "comment", "Позже")).then().statusCode(200);
        mark("rep3", id, deal3, "\"1\"", Map.of("status", "NOT_FIXED", "comment", "Нет")).then().statusCode(200);

        assertProblem(decide("rep1", id, deal1, "\"2\"", "ACCEPT"), 403);
        assertProblem(decide("mgr", id, deal3, "\"2\"", "REJECT"), 403);
        decide("mgr", id, deal1, "\"2\"", "ACCEPT").then().statusCode(200).header("ETag", "\"3\"");
        decide("mgr", id, deal2, "\"2\"", "REJECT").then().statusCode(200);
        assertProblem(decide("mgr", id, deal2, "\"3\"", "ACCEPT"), 422);

        JsonPath open = rows("rep1", id, "open=true");
        assertThat(dealIds(open, "S1-08")).containsExactly(deal2);
        JsonPath history = as(tenant, "mgr").get(REVIEWS + "/history?owner=rep1").then().statusCode(200).extract().jsonPath();
        assertThat(history.getString("[0].roundId")).isEqualTo(id);
        assertThat(history.getInt("[0].notFixed")).isEqualTo(2);
        assertThat(history.getInt("[0].warnings")).isEqualTo(1);
        assertThat(history.getInt("[0].accepted")).isEqualTo(1);
        assertProblem(as(tenant, "rep1").get(REVIEWS + "/history?owner=rep2"), 403);
        assertThat(as(tenant, "mgr").get(REVIEWS + "/" + id).then().statusCode(200).extract().jsonPath()
                .getList("reps.ownerId", String.class)).containsExactly("rep1");
    }

    @Test
    void theExports_carryEveryRow_oneSheetPerRule_summaryAndHistory_withFormulasNeutralised() throws Exception {
        String formula = offendingDeal("rep1", "=HYPERLINK(\"http://evil\")");
        String plain = offendingDeal("rep2", "Поставка трески");
        String id = startRound("mgr");
        mark("rep2", id, plain, "\"1\"", Map.of("status", "FIXED")).then().statusCode(200);

        byte[] csvBytes = as(tenant, "mgr").accept("text/csv").get(REVIEWS + "/" + id + "/export.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        String csv = new String(csvBytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get()).getRecords();
        assertThat(records).filteredOn(r -> r.get("rule").equals("S1-08")).extracting(r -> r.get("title"))
                .containsExactlyInAnyOrder("'=HYPERLINK(\"http://evil\")", "Поставка трески");
        assertThat(records).filteredOn(r -> r.get("dealId").equals(plain) && r.get("rule").equals("S1-08"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("status")).isEqualTo("FIXED");
                    assertThat(r.get("link")).endsWith("/api/v1/deals/" + plain);
                    assertThat(r.get("owner")).isEqualTo("rep2");
                });

        byte[] xlsx = as(tenant, "mgr").accept(HygieneReviewResource.XLSX).get(REVIEWS + "/" + id + "/export.xlsx").then().statusCode(200)
                .contentType(HygieneReviewResource.XLSX).extract().asByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).contains("Summary", "S1-08", "History");
            List<Row> rule = workbook.findSheet("S1-08").orElseThrow().read();
            assertThat(rule.get(0).getCellAsString(5)).contains("title");
            assertThat(rule.stream().skip(1).map(r -> r.getCellAsString(5).orElse("")))
                    .containsExactlyInAnyOrder("'=HYPERLINK(\"http://evil\")", "Поставка трески");
            assertThat(rule.stream().skip(1).map(r -> r.getCellAsString(3).orElse(""))).contains(formula, plain);
            List<Row> summary = workbook.findSheet("Summary").orElseThrow().read();
            assertThat(summary).anySatisfy(r -> {
                assertThat(r.getCellAsString(0)).contains("S1-08");
                assertThat(r.getCellAsString(2)).contains("2");
                assertThat(r.getCellAsString(3)).contains("1");
            });
            List<Row> history = workbook.findSheet("History").orElseThrow().read();
            assertThat(history.stream().skip(1).map(r -> r.getCellAsString(0).orElse(""))).contains("rep1", "rep2");
        }
        assertProblem(as(tenant, "rep1").accept(HygieneReviewResource.XLSX).get(REVIEWS + "/" + id + "/export.xlsx"), 403);
    }

    @Test
    void settings_areReadByManagers_changedByAdminsWithIfMatch_validated_andDisabledRulesRecordNoOffences() {
        JsonPath defaults = as(tenant, "mgr").get("/api/v1/hygiene/settings").then().statusCode(200)
                .header("ETag", "\"0\"").extract().jsonPath();
        assertThat(defaults.getInt("review.everyDays")).isEqualTo(14);
        assertThat(defaults.getInt("review.rowDeadlineDays")).isEqualTo(3);
        assertThat(defaults.getInt("parameters.acceptedMaxDays")).isEqualTo(7);
        assertProblem(as(tenant, "rep1").get("/api/v1/hygiene/settings"), 403);

        Map<String, Object> body = settings(List.of("S1-08"), 21, "Europe/Moscow");
        assertProblem(putSettings("mgr", "\"0\"", body), 403);
        assertProblem(putSettings("adm", null, body), 428);
        JsonPath invalid = assertProblem(putSettings("adm", "\"0\"", settings(List.of("S9-99"), 10, "Mars/Base")), 422);
        assertThat(invalid.getList("errors.field", String.class))
                .contains("disabledRules", "review.everyDays", "review.timeZone");

        JsonPath stored = putSettings("adm", "\"0\"", body).then().statusCode(200).header("ETag", "\"1\"").extract().jsonPath();
        assertThat(stored.getList("parameters.disabled", String.class)).containsExactly("S1-08");
        assertProblem(putSettings("adm", "\"0\"", body), 412);

        String deal = offendingDeal("rep1", "Поставка трески");
        assertThat(hygiene.store().summary(tenant, deal).offences()).doesNotContainKey("S1-08").containsKey("S1-01");
        List<ReviewTally> none = hygiene.reviews().history(tenant, "rep1", 5);
        assertThat(none).isEmpty();
        assertThat(as(tenant, "adm").get("/api/v1/hygiene/rules").then().statusCode(200).extract().jsonPath()
                .getBoolean("find { it.id == 'S1-08' }.enabled")).isFalse();
    }

    private Response putSettings(String user, String ifMatch, Map<String, Object> body) {
        var request = as(tenant, user).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/hygiene/settings");
    }

    private static Map<String, Object> settings(List<String> disabled, int everyDays, String zone) {
        return Map.ofEntries(
                Map.entry("disabledRules", disabled),
                Map.entry("acceptedStageId", "accepted"),
                Map.entry("proposalStageId", "proposal-sent"),
                Map.entry("demoStageId", "demo-done"),
                Map.entry("acceptedMaxDays", 7),
                Map.entry("staleDays", 14),
                Map.entry("requiredAtProposal", List.of("BUDGET")),
                Map.entry("placeholderNames", List.of("(test|тест)\\s*\\d*")),
                Map.entry("partnerNameMarkers", List.of("от партнёра")),
                Map.entry("agencySegment", "agency"),
                Map.entry("partnerManagerIds", List.of("mgr")),
                Map.entry("review", Map.of("everyDays", everyDays, "weekday", "MONDAY", "at", "09:00",
                        "timeZone", zone, "rowDeadlineDays", 3)));
    }
}
