package dev.fieldcrm.api.tasks;

import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Fetch.agendaTaskIds;
import static dev.fieldcrm.api.support.Fetch.card;
import static dev.fieldcrm.api.support.Times.anHourAgo;
import static dev.fieldcrm.api.support.Times.inDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class NextStepTest {
    private static final String PROBLEM = "application/problem+json";

    private static String tasks(String clientId) {
        return "/api/v1/clients/" + clientId + "/tasks";
    }

    private static Response complete(String user, String clientId, String taskId, String ifMatch) {
        var request = as("acme", user).body(Map.of("note", "done as planned"));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(tasks(clientId) + "/" + taskId + "/complete");
    }

    private static Response change(String user, String clientId, String taskId, String ifMatch, Map<String, Object> body) {
        return as("acme", user).header("If-Match", ifMatch).body(body).patch(tasks(clientId) + "/" + taskId);
    }

    /** Every open task of the caller due before {@code dueBefore}, following the cursor to the end. */
    private static List<Map<String, Object>> allOpenTasks(String user, Instant dueBefore) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = as("acme", user).queryParam("limit", 200);
            if (dueBefore != null) {
                request.queryParam("dueBefore", dueBefore.toString());
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/tasks").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    @Test
    void aPlannedStep_isOpenOnTheCard_andCompletingItWithTheCurrentEtag_movesItToDone() {
        String client = Given.client("rep1", "Planner " + TestData.next());
        Instant due = inDays(2);

        String task = as("acme", "rep1").body(TestData.nextStep(due)).post(tasks(client))
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", startsWith(tasks(client) + "/"))
                .body("status", equalTo("OPEN"))
                .body("assigneeId", equalTo("rep1"))
                .body("createdBy", equalTo("rep1"))
                .body("dueAt", equalTo(due.toString()))
                .body("clientName", startsWith("Planner "))
                .body("clientCity", equalTo("Тверь"))
                .extract().path("id");
        assertThat(card("rep1", client).getList("openTasks.id")).containsExactly(task);

        complete("rep1", client, task, "\"1\"").then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("DONE"))
                .body("completedBy", equalTo("rep1"))
                .body("completionNote", equalTo("done as planned"));

        assertThat(card("rep1", client).getList("openTasks")).isEmpty();
        as("acme", "rep1").get(tasks(client) + "/done").then().statusCode(200)
                .body("items.id", contains(task))
                .body("items[0].status", equalTo("DONE"));
    }

    @Test
    void completingWithAStaleEtag_isRefusedWith412_andTheStepStaysOpen() {
        String client = Given.client("rep1");
        String task = Given.task("rep1", client, TestData.nextStep(inDays(2)));
        change("rep1", client, task, "\"1\"", Map.of("dueAt", inDays(3).toString())).then().statusCode(200);

        complete("rep1", client, task, "\"1\"").then().statusCode(412)
                .contentType(PROBLEM)
                .body("currentVersion", equalTo(2));

        assertThat(card("rep1", client).getList("openTasks.id")).containsExactly(task);
    }

    @Test
    void completingWithoutIfMatch_isRefusedWith428() {
        String client = Given.client("rep1");
        String task = Given.task("rep1", client, TestData.nextStep(inDays(2)));

        complete("rep1", client, task, null).then().statusCode(428).contentType(PROBLEM);

        assertThat(card("rep1", client).getList("openTasks.id")).containsExactly(task);
    }

    @Test
    void completingAStepThatIsAlreadyDone_isNotFound() {
        String client = Given.client("rep1");
        String task = Given.task("rep1", client, TestData.nextStep(inDays(2)));
        complete("rep1", client, task, "\"1\"").then().statusCode(200);

        complete("rep1", client, task, "\"2\"").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void reschedulingMovesTheDueTime_andTakesTheStepOffTodaysAgenda() {
        String client = Given.client("rep1");
        String task = Given.task("rep1", client, TestData.nextStep(anHourAgo()));
        assertThat(agendaTaskIds("rep1")).contains(task);
        Instant later = inDays(30);

        change("rep1", client, task, "\"1\"", Map.of("dueAt", later.toString())).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("dueAt", equalTo(later.toString()))
                .body("assigneeId", equalTo("rep1"))
                .body("updatedBy", equalTo("rep1"));

        assertThat(card("rep1", client).getString("openTasks[0].dueAt")).isEqualTo(later.toString());
        assertThat(agendaTaskIds("rep1")).doesNotContain(task);
    }

    @Test
    void aChangeWithNeitherDueTimeNorAssignee_isRefused() {
        String client = Given.client("rep1");
        String task = Given.task("rep1", client, TestData.nextStep(inDays(2)));

        change("rep1", client, task, "\"1\"", Map.of()).then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void aRepCannotHandTheirStepToSomeoneElse() {
        String client = Given.client("rep1");
        String task = Given.task("rep1", client, TestData.nextStep(anHourAgo()));

        change("rep1", client, task, "\"1\"", Map.of("assigneeId", "rep2")).then().statusCode(403).contentType(PROBLEM);

        assertThat(card("rep1", client).getString("openTasks[0].assigneeId")).isEqualTo("rep1");
        assertThat(agendaTaskIds("rep2")).doesNotContain(task);
    }

    @Test
    void aManagerReassignsAStep_andItMovesFromOneRepsAgendaToTheOthers() {
        String client = Given.client("rep1");
        String task = Given.task("rep1", client, TestData.nextStep(anHourAgo()));
        assertThat(agendaTaskIds("rep1")).contains(task);

        change("mgr", client, task, "\"1\"", Map.of("assigneeId", "rep2")).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("assigneeId", equalTo("rep2"))
                .body("updatedBy", equalTo("mgr"));

        assertThat(agendaTaskIds("rep1")).doesNotContain(task);
        assertThat(agendaTaskIds("rep2")).contains(task);
    }

    @Test
    void aManagerCannotHandAStepToSomeoneWhoIsNotAUser() {
        String client = Given.client("rep1");
        String task = Given.task("rep1", client, TestData.nextStep(inDays(2)));

        change("mgr", client, task, "\"1\"", Map.of("assigneeId", "ghost")).then().statusCode(422)
                .contentType(PROBLEM).body("errors.field", contains("assigneeId"));
    }

    @Test
    void aRepPlansAStepForAColleague_whoFindsItOnTheirAgenda_andCompletesItWithoutOwningTheClient() {
        String client = Given.client("rep1", "Shared " + TestData.next());

        String task = as("acme", "rep1").body(TestData.nextStepFor("rep2", anHourAgo())).post(tasks(client))
                .then().statusCode(201)
                .body("assigneeId", equalTo("rep2"))
                .body("createdBy", equalTo("rep1"))
                .extract().path("id");

        as("acme", "rep2").get("/api/v1/agenda").then().statusCode(200)
                .body("items.find { it.kind == 'TASK' && it.task.id == '" + task + "' }.task.clientName", startsWith("Shared "));
        as("acme", "rep2").get("/api/v1/clients/" + client).then().statusCode(404);

        complete("rep2", client, task, "\"1\"").then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("completedBy", equalTo("rep2"));
        as("acme", "rep1").get(tasks(client) + "/done").then().body("items.id", contains(task));
        assertThat(agendaTaskIds("rep2")).doesNotContain(task);
    }

    @Test
    void aStepForSomeoneWhoIsNotAUserOfTheTenant_isRefused_andNothingIsPlanned() {
        String client = Given.client("rep1");

        for (String notAUser : List.of("ghost", "grep")) {
            as("acme", "rep1").body(TestData.nextStepFor(notAUser, inDays(2))).post(tasks(client))
                    .then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("assigneeId"));
        }

        assertThat(card("rep1", client).getList("openTasks")).isEmpty();
    }

    @Test
    void stepsGoOnlyToTheTeam_aRepOfAnotherTeamCannotBeGivenOne_byARepOrAManager() {
        String client = Given.client("rep1");
        as("acme", "rep1").body(TestData.nextStepFor("rep3", inDays(2))).post(tasks(client))
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", contains("assigneeId"));

        String task = Given.task("rep1", client, TestData.nextStep(inDays(2)));
        change("mgr", client, task, "\"1\"", Map.of("assigneeId", "rep3")).then().statusCode(422)
                .contentType(PROBLEM).body("errors.field", contains("assigneeId"));
        assertThat(card("rep1", client).getList("openTasks.assigneeId")).containsExactly("rep1");
    }

    @Test
    void aStepWithoutTitleOrDueTime_isRefusedWithFieldErrors() {
        String client = Given.client("rep1");

        as("acme", "rep1").body(Map.of("kind", "CALL", "title", " ")).post(tasks(client))
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("dueAt", "title"));
    }

    @Test
    void aRepCannotPlanOrReadStepsOnAnotherRepsClient() {
        String client = Given.client("rep1");

        as("acme", "rep2").body(TestData.nextStep(inDays(2))).post(tasks(client)).then().statusCode(404).contentType(PROBLEM);
        as("acme", "rep2").get(tasks(client) + "/done").then().statusCode(404).contentType(PROBLEM);
        as("globex", "grep").get(tasks(client) + "/done").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void ownOpenSteps_areTheCallersOpenSteps_earliestFirst_narrowedByDueBefore() {
        String client = Given.client("rep1");
        String soon = Given.task("rep1", client, TestData.nextStep(inDays(10)));
        String later = Given.task("rep1", client, TestData.nextStep(inDays(20)));
        String done = Given.task("rep1", client, TestData.nextStep(inDays(5)));
        complete("rep1", client, done, "\"1\"").then().statusCode(200);
        String colleagues = Given.task("rep1", client, TestData.nextStepFor("rep2", inDays(10)));

        List<Map<String, Object>> all = allOpenTasks("rep1", null);
        assertThat(all).extracting(t -> t.get("id")).contains(soon, later).doesNotContain(done, colleagues);
        assertThat(all).allSatisfy(t -> {
            assertThat(t.get("assigneeId")).isEqualTo("rep1");
            assertThat(t.get("status")).isEqualTo("OPEN");
        });
        assertThat(all).extracting(t -> Instant.parse((String) t.get("dueAt"))).isSortedAccordingTo(Comparator.naturalOrder());

        assertThat(allOpenTasks("rep1", inDays(15))).extracting(t -> t.get("id")).contains(soon).doesNotContain(later);
    }

    @Test
    void openStepsOfAColleague_areForTheirManagerOnly() {
        String client = Given.client("rep1");
        String task = Given.task("rep1", client, TestData.nextStep(inDays(10)));

        as("acme", "mgr").queryParam("assignee", "rep1").queryParam("dueBefore", inDays(11).toString())
                .queryParam("limit", 200).get("/api/v1/tasks")
                .then().statusCode(200).body("items.id", hasItem(task));
        as("acme", "rep2").queryParam("assignee", "rep1").get("/api/v1/tasks").then().statusCode(403).contentType(PROBLEM);
        as("acme", "mgr").queryParam("assignee", "rep3").get("/api/v1/tasks").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aClientsDoneSteps_areListedLatestFirst_andPaged() {
        String client = Given.client("rep1");
        String first = Given.task("rep1", client, TestData.nextStep(inDays(1)));
        String second = Given.task("rep1", client, TestData.nextStep(inDays(2)));
        complete("rep1", client, first, "\"1\"").then().statusCode(200);
        complete("rep1", client, second, "\"1\"").then().statusCode(200);

        as("acme", "rep1").get(tasks(client) + "/done").then().statusCode(200).body("items.id", contains(second, first));
        Response page = as("acme", "rep1").queryParam("limit", 1).get(tasks(client) + "/done");
        page.then().statusCode(200).body("items.id", contains(second));
        as("acme", "rep1").queryParam("limit", 1).queryParam("cursor", page.path("nextCursor").toString())
                .get(tasks(client) + "/done").then().statusCode(200).body("items.id", contains(first));
    }

    @Test
    void aCardWithManyOpenSteps_largerThanOneOutputBuffer_isReturnedWhole() {
        String client = Given.client("rep1");
        List<String> planned = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            planned.add(Given.task("rep1", client, TestData.nextStep(inDays(40 + i))));
        }

        Response card = as("acme", "rep1").get("/api/v1/clients/" + client);

        card.then().statusCode(200);
        assertThat(card.asByteArray().length).as("body bytes").isGreaterThan(8192);
        assertThat(card.jsonPath().getList("openTasks.id")).containsExactlyElementsOf(planned);
    }

    @Test
    void anOfflinePlannedStepSentTwice_isPlannedOnce() {
        String client = Given.client("rep1");
        String id = TestData.ulid();
        Map<String, Object> plan = TestData.nextStep(inDays(2));

        as("acme", "rep1").body(plan).put(tasks(client) + "/" + id).then().statusCode(200).body("id", equalTo(id));
        as("acme", "rep1").body(plan).put(tasks(client) + "/" + id).then().statusCode(200).body("version", equalTo(1));

        assertThat(card("rep1", client).getList("openTasks.id")).containsExactly(id);
    }
}
