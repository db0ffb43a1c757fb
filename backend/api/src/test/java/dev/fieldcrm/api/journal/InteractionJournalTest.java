package dev.fieldcrm.api.journal;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Fetch.card;
import static dev.fieldcrm.api.support.Fetch.journalIds;
import static dev.fieldcrm.api.support.Times.daysAgo;
import static dev.fieldcrm.api.support.Times.inDays;
import static dev.fieldcrm.api.support.Times.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class InteractionJournalTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    DynamoCalls calls;

    private static String interactions(String clientId) {
        return "/api/v1/clients/" + clientId + "/interactions";
    }

    private static Response log(String user, String clientId, Map<String, Object> body) {
        return as("acme", user).body(body).post(interactions(clientId));
    }

    // --- the next-step rule ---------------------------------------------------------------------------------

    @Test
    void loggingWithoutNextStepOrReason_isRefusedWithAFieldErrorOnNextStep_andNothingIsWritten() {
        String client = Given.client("rep1");

        log("rep1", client, TestData.interaction(daysAgo(1), null))
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("nextStep"));

        assertThat(journalIds("rep1", client)).isEmpty();
        assertThat(card("rep1", client).getString("client.lastContactAt")).isNull();
    }

    @Test
    void loggingWithANoNextStepReason_isAccepted_andPlansNoStep() {
        String client = Given.client("rep1");
        Instant occurred = daysAgo(1);

        log("rep1", client, TestData.lastInteraction(occurred, "CLIENT_CLOSED"))
                .then().statusCode(201)
                .body("interaction.noNextStepReason", equalTo("CLIENT_CLOSED"))
                .body("interaction.nextTaskId", nullValue())
                .body("nextTask", nullValue());

        JsonPath card = card("rep1", client);
        assertThat(card.getList("openTasks")).isEmpty();
        assertThat(card.getString("client.lastContactAt")).isEqualTo(occurred.toString());
    }

    @Test
    void aNextStepTogetherWithANoNextStepReason_isRefused() {
        String client = Given.client("rep1");
        Map<String, Object> body = TestData.interaction(daysAgo(1), TestData.nextStep(inDays(3)));
        body.put("noNextStepReason", "DEAL_LOST");

        log("rep1", client, body).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("noNextStepReason"));
        assertThat(journalIds("rep1", client)).isEmpty();
    }

    @Test
    void loggingWithANextStep_closesTheCallersPreviousStep_andTheCardShowsOnlyTheNewOne() {
        String client = Given.client("rep1");
        String firstStep = Given.logged("rep1", client, TestData.interaction(daysAgo(2), TestData.nextStep(inDays(5))))
                .getString("nextTask.id");
        Instant occurred = daysAgo(1);
        Instant due = inDays(6);
        Map<String, Object> body = TestData.interaction(occurred, TestData.nextStep(due));
        body.put("summary", "Tasted the new line, wants a price list");

        JsonPath logged = log("rep1", client, body).then().statusCode(201)
                .header("Location", startsWith(interactions(client) + "/"))
                .body("interaction.clientId", equalTo(client))
                .body("interaction.authorId", equalTo("rep1"))
                .body("interaction.completedTaskId", equalTo(firstStep))
                .body("completedTask.id", equalTo(firstStep))
                .body("completedTask.status", equalTo("DONE"))
                .body("completedTask.completedBy", equalTo("rep1"))
                .body("nextTask.status", equalTo("OPEN"))
                .body("nextTask.assigneeId", equalTo("rep1"))
                .body("nextTask.dueAt", equalTo(due.toString()))
                .body("nextTask.lastInteractionSummary", equalTo("Tasted the new line, wants a price list"))
                .extract().jsonPath();
        String interaction = logged.getString("interaction.id");
        String nextStep = logged.getString("nextTask.id");
        assertThat(logged.getString("interaction.nextTaskId")).isEqualTo(nextStep);

        JsonPath card = card("rep1", client);
        assertThat(card.getList("openTasks.id")).containsExactly(nextStep);
        assertThat(card.getString("client.lastContactAt")).isEqualTo(occurred.toString());
        assertThat(card.getList("client.recentInteractions")).hasSize(2);
        assertThat(card.getString("client.recentInteractions[0].id")).isEqualTo(interaction);
        assertThat(card.getString("client.recentInteractions[0].summary")).isEqualTo("Tasted the new line, wants a price list");
        as("acme", "rep1").get("/api/v1/clients/" + client + "/tasks/done")
                .then().statusCode(200).body("items.id", contains(firstStep));
    }

    @Test
    void loggingClosesOnlyTheCallersOwnStep_notAColleaguesStepOnTheSameClient() {
        String client = Given.client("rep1");
        String colleagues = Given.task("rep1", client, TestData.nextStepFor("rep2", inDays(1)));
        String own = Given.task("rep1", client, TestData.nextStep(inDays(2)));

        JsonPath logged = Given.logged("rep1", client, TestData.interaction(daysAgo(1), TestData.nextStep(inDays(4))));

        assertThat(logged.getString("completedTask.id")).isEqualTo(own);
        assertThat(card("rep1", client).getList("openTasks.id"))
                .containsExactly(colleagues, logged.getString("nextTask.id"));
    }

    @Test
    void anInteractionNamingTheStepItFulfils_closesThatStep() {
        String client = Given.client("rep1");
        String earlier = Given.task("rep1", client, TestData.nextStep(inDays(1)));
        String later = Given.task("rep1", client, TestData.nextStep(inDays(2)));
        Map<String, Object> body = TestData.interaction(daysAgo(1), TestData.nextStep(inDays(4)));
        body.put("completesTaskId", later);

        log("rep1", client, body).then().statusCode(201).body("completedTask.id", equalTo(later));
        assertThat(card("rep1", client).getList("openTasks.id")).contains(earlier).doesNotContain(later);
    }

    @Test
    void completesTaskIdThatIsNotAnOpenStepOfThisClient_isRefused_andNothingIsWritten() {
        String client = Given.client("rep1");
        String otherClient = Given.client("rep1");
        String othersStep = Given.task("rep1", otherClient, TestData.nextStep(inDays(2)));
        String ownStep = Given.task("rep1", client, TestData.nextStep(inDays(2)));
        as("acme", "rep1").header("If-Match", "\"1\"").post("/api/v1/clients/" + client + "/tasks/" + ownStep + "/complete")
                .then().statusCode(200);

        for (String notOpenHere : List.of(othersStep, ownStep, TestData.ulid())) {
            Map<String, Object> body = TestData.interaction(daysAgo(1), TestData.nextStep(inDays(4)));
            body.put("completesTaskId", notOpenHere);
            log("rep1", client, body).then().statusCode(422).contentType(PROBLEM)
                    .body("errors.field", contains("completesTaskId"));
        }

        assertThat(journalIds("rep1", client)).isEmpty();
        assertThat(card("rep1", otherClient).getList("openTasks.id")).containsExactly(othersStep);
    }

    @Test
    void aColleagueWithAStepOnTheClient_mayLogTheirContact_whichClosesTheirStep() {
        String client = Given.client("rep1");
        String colleagues = Given.task("rep1", client, TestData.nextStepFor("rep2", inDays(1)));

        log("rep2", client, TestData.lastInteraction(daysAgo(1), "NOT_INTERESTED"))
                .then().statusCode(201)
                .body("interaction.authorId", equalTo("rep2"))
                .body("completedTask.id", equalTo(colleagues));
        assertThat(journalIds("rep1", client)).hasSize(1);
    }

    @Test
    void aRepWhoMayNotWorkTheClient_cannotLogOnIt_byNamingSomeoneElsesStep() {
        String client = Given.client("rep1");
        String ownersStep = Given.task("rep1", client, TestData.nextStep(inDays(1)));
        Map<String, Object> body = TestData.interaction(daysAgo(1), TestData.nextStep(inDays(3)));
        body.put("completesTaskId", ownersStep);

        log("rep2", client, body).then().statusCode(404).contentType(PROBLEM);

        assertThat(journalIds("rep1", client)).isEmpty();
        assertThat(card("rep1", client).getList("openTasks.id")).containsExactly(ownersStep);
    }

    // --- access pattern -------------------------------------------------------------------------------------

    @Test
    void loggingReadsTheCardOnce_andWritesEverythingInOneTransaction() {
        String client = Given.client("rep1");
        Given.logged("rep1", client, TestData.interaction(daysAgo(2), TestData.nextStep(inDays(3))));
        RequestSpecification rep1 = as("acme", "rep1");

        calls.reset();
        rep1.body(TestData.interaction(daysAgo(1), TestData.nextStep(inDays(4)))).post(interactions(client))
                .then().statusCode(201).body("completedTask", notNullValue());

        assertThat(calls.made()).containsExactly("Query", "TransactWriteItems");
    }

    @Test
    void loggingWithAnIdempotencyKey_firstLooksTheKeyUp_withOneGetItem() {
        String client = Given.client("rep1");
        RequestSpecification rep1 = as("acme", "rep1").header("Idempotency-Key", "journal-calls-" + TestData.next());

        calls.reset();
        rep1.body(TestData.interaction(daysAgo(1), TestData.nextStep(inDays(4)))).post(interactions(client))
                .then().statusCode(201);

        assertThat(calls.made()).containsExactly("GetItem", "Query", "TransactWriteItems");
    }

    // --- reading the journal --------------------------------------------------------------------------------

    @Test
    void aClientsJournal_isNewestFirst_narrowsByTypeAndTimeRange_andPages() {
        String client = Given.client("rep1");
        Instant threeDaysAgo = daysAgo(3);
        Instant twoDaysAgo = daysAgo(2);
        Instant oneDayAgo = daysAgo(1);
        // Logged out of order: the journal orders by when the contact happened, not when it was entered.
        String visit = Given.logged("rep1", client, withType("VISIT", TestData.interaction(twoDaysAgo, TestData.nextStep(inDays(3)))))
                .getString("interaction.id");
        String oldCall = Given.logged("rep1", client, withType("CALL", TestData.interaction(threeDaysAgo, TestData.nextStep(inDays(3)))))
                .getString("interaction.id");
        String newCall = Given.logged("rep1", client, withType("CALL", TestData.interaction(oneDayAgo, TestData.nextStep(inDays(3)))))
                .getString("interaction.id");

        assertThat(journalIds("rep1", client)).containsExactly(newCall, visit, oldCall);
        as("acme", "rep1").queryParam("type", "CALL").get(interactions(client))
                .then().statusCode(200).body("items.id", contains(newCall, oldCall));
        // from is inclusive, to is exclusive.
        as("acme", "rep1").queryParam("from", twoDaysAgo.toString()).queryParam("to", oneDayAgo.toString())
                .get(interactions(client)).then().statusCode(200).body("items.id", contains(visit));

        Response first = as("acme", "rep1").queryParam("limit", 2).get(interactions(client));
        first.then().statusCode(200).body("items.id", contains(newCall, visit)).body("nextCursor", notNullValue());
        as("acme", "rep1").queryParam("limit", 2).queryParam("cursor", first.path("nextCursor").toString())
                .get(interactions(client)).then().statusCode(200)
                .body("items.id", contains(oldCall)).body("nextCursor", nullValue());
    }

    @Test
    void aJournalRangeThatIsNotAnInstant_isRefused() {
        String client = Given.client("rep1");
        as("acme", "rep1").queryParam("from", "yesterday").get(interactions(client))
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("from"));
    }

    @Test
    void aRepsJournal_isTheirOwn_aManagerMayReadTheirTeamsReps_andNoOneElses() {
        String client = Given.client("rep1");
        // A moment no other test logs at, so the range holds just this entry of rep1's.
        Instant occurred = now().minus(Duration.ofHours(6)).minusSeconds(TestData.next() % 20_000);
        String logged = Given.logged("rep1", client, TestData.interaction(occurred, TestData.nextStep(inDays(3))))
                .getString("interaction.id");
        String from = occurred.toString();
        String to = occurred.plusSeconds(1).toString();

        as("acme", "rep1").queryParam("from", from).queryParam("to", to).get("/api/v1/interactions")
                .then().statusCode(200).body("items.id", contains(logged)).body("items[0].clientId", equalTo(client));
        as("acme", "rep2").queryParam("from", from).queryParam("to", to).get("/api/v1/interactions")
                .then().statusCode(200).body("items", empty());
        as("acme", "mgr").queryParam("author", "rep1").queryParam("from", from).queryParam("to", to)
                .get("/api/v1/interactions").then().statusCode(200).body("items.id", contains(logged));

        as("acme", "rep1").queryParam("author", "rep2").get("/api/v1/interactions")
                .then().statusCode(403).contentType(PROBLEM);
        as("acme", "mgr").queryParam("author", "rep3").get("/api/v1/interactions")
                .then().statusCode(404).contentType(PROBLEM);
        as("globex", "gmgr").queryParam("author", "rep1").get("/api/v1/interactions")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void anotherRepsClient_andAnotherTenantsClient_cannotBeLoggedOnOrRead() {
        String client = Given.client("rep1");
        Map<String, Object> body = TestData.interaction(daysAgo(1), TestData.nextStep(inDays(3)));

        log("rep2", client, body).then().statusCode(404).contentType(PROBLEM);
        as("globex", "grep").body(body).post(interactions(client)).then().statusCode(404).contentType(PROBLEM);
        as("acme", "rep2").get(interactions(client)).then().statusCode(404).contentType(PROBLEM);
        as("globex", "grep").get(interactions(client)).then().statusCode(404).contentType(PROBLEM);

        assertThat(journalIds("rep1", client)).isEmpty();
    }

    // --- invalid input --------------------------------------------------------------------------------------

    @Test
    void anInteractionFarInTheFuture_isRefused() {
        String client = Given.client("rep1");

        log("rep1", client, TestData.interaction(inDays(2), TestData.nextStep(inDays(3))))
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("occurredAt"));
        assertThat(journalIds("rep1", client)).isEmpty();
    }

    @Test
    void aNextStepDueBeforeTheInteraction_isRefused() {
        String client = Given.client("rep1");

        log("rep1", client, TestData.interaction(daysAgo(1), TestData.nextStep(daysAgo(2))))
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("nextStep.dueAt"));
        assertThat(journalIds("rep1", client)).isEmpty();
    }

    @Test
    void aContactOfAnotherClient_isRefused_asTheInteractionsContact_andAsTheNextStepsContact() {
        String client = Given.client("rep1");
        String otherClient = Given.client("rep1");
        String othersContact = as("acme", "rep1").body(Map.of("name", "Someone Else"))
                .post("/api/v1/clients/" + otherClient + "/contacts").then().statusCode(201).extract().path("id");

        Map<String, Object> withContact = TestData.interaction(daysAgo(1), TestData.nextStep(inDays(3)));
        withContact.put("contactId", othersContact);
        log("rep1", client, withContact).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("contactId"));

        Map<String, Object> step = new HashMap<>(TestData.nextStep(inDays(3)));
        step.put("contactId", othersContact);
        log("rep1", client, TestData.interaction(daysAgo(1), step)).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("nextStep.contactId"));

        assertThat(journalIds("rep1", client)).isEmpty();
    }

    @Test
    void aNextStepForSomeoneWhoIsNotAUser_isRefused() {
        String client = Given.client("rep1");

        log("rep1", client, TestData.interaction(daysAgo(1), TestData.nextStepFor("ghost", inDays(3))))
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("nextStep.assigneeId"));
        assertThat(journalIds("rep1", client)).isEmpty();
    }

    @Test
    void anInteractionWithoutSummaryOrType_isRefusedWithFieldErrors() {
        String client = Given.client("rep1");
        Map<String, Object> body = TestData.interaction(daysAgo(1), TestData.nextStep(inDays(3)));
        body.remove("type");
        body.put("summary", " ");

        log("rep1", client, body).then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("summary", "type"));
    }

    // --- visits ---------------------------------------------------------------------------------------------

    @Test
    void aVisitsGpsCheckIn_isStoredAndReturned() {
        String client = Given.client("rep1");
        Instant takenAt = daysAgo(1).minusSeconds(120);
        Map<String, Object> body = TestData.interaction(daysAgo(1), TestData.nextStep(inDays(3)));
        body.put("checkIn", Map.of("lat", 55.755826, "lon", 37.6173, "accuracyMeters", 12.5, "takenAt", takenAt.toString()));

        Response logged = log("rep1", client, body);
        logged.then().statusCode(201);
        assertCheckIn(logged.jsonPath(exactNumbers()), "interaction.checkIn", takenAt);

        Response journal = as("acme", "rep1").get(interactions(client));
        journal.then().statusCode(200).body("items", hasSize(1));
        assertCheckIn(journal.jsonPath(exactNumbers()), "items[0].checkIn", takenAt);
    }

    @Test
    void aCheckInOutsideTheGlobe_isRefused() {
        String client = Given.client("rep1");
        Map<String, Object> body = TestData.interaction(daysAgo(1), TestData.nextStep(inDays(3)));
        body.put("checkIn", Map.of("lat", 95.0, "lon", 37.6, "accuracyMeters", 10, "takenAt", daysAgo(1).toString()));

        log("rep1", client, body).then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("checkIn.lat"));
    }

    private static JsonPathConfig exactNumbers() {
        return JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);
    }

    private static void assertCheckIn(JsonPath json, String path, Instant takenAt) {
        assertThat(json.getDouble(path + ".lat")).isEqualTo(55.755826);
        assertThat(json.getDouble(path + ".lon")).isEqualTo(37.6173);
        assertThat(json.getDouble(path + ".accuracyMeters")).isEqualTo(12.5);
        assertThat(json.getString(path + ".takenAt")).isEqualTo(takenAt.toString());
    }

    // --- retries and offline --------------------------------------------------------------------------------

    @Test
    void aRetriedPostWithTheSameIdempotencyKey_getsTheFirstResponse_andLogsOnce() {
        String client = Given.client("rep1");
        String key = "journal-retry-" + TestData.next();
        Map<String, Object> body = TestData.interaction(daysAgo(1), TestData.nextStep(inDays(3)));

        Response first = as("acme", "rep1").header("Idempotency-Key", key).body(body).post(interactions(client));
        Response retry = as("acme", "rep1").header("Idempotency-Key", key).body(body).post(interactions(client));

        first.then().statusCode(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(journalIds("rep1", client)).containsExactly(first.path("interaction.id").toString());
        assertThat(card("rep1", client).getList("openTasks.id")).containsExactly(first.path("nextTask.id").toString());
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBody_isRefused() {
        String client = Given.client("rep1");
        String key = "journal-reuse-" + TestData.next();
        Map<String, Object> body = TestData.interaction(daysAgo(1), TestData.nextStep(inDays(3)));
        as("acme", "rep1").header("Idempotency-Key", key).body(body).post(interactions(client)).then().statusCode(201);

        body.put("summary", "Another conversation altogether");
        as("acme", "rep1").header("Idempotency-Key", key).body(body).post(interactions(client))
                .then().statusCode(422).contentType(PROBLEM);

        assertThat(journalIds("rep1", client)).hasSize(1);
    }

    @Test
    void anOfflineEntrySentTwice_isLoggedOnce() {
        String client = Given.client("rep1");
        String id = TestData.ulid();
        Map<String, Object> body = TestData.interaction(daysAgo(1), TestData.nextStep(inDays(3)));

        String step = as("acme", "rep1").body(body).put(interactions(client) + "/" + id)
                .then().statusCode(200).body("interaction.id", equalTo(id)).extract().path("nextTask.id");
        as("acme", "rep1").body(body).put(interactions(client) + "/" + id)
                .then().statusCode(200).body("interaction.id", equalTo(id));

        assertThat(journalIds("rep1", client)).containsExactly(id);
        assertThat(card("rep1", client).getList("openTasks.id")).containsExactly(step);
    }

    private static Map<String, Object> withType(String type, Map<String, Object> body) {
        body.put("type", type);
        return body;
    }
}
