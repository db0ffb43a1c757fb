package dev.fieldcrm.api.agenda;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Fetch.agendaTaskIds;
import static dev.fieldcrm.api.support.Times.anHourAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AgendaTest {
    private static final String PROBLEM = "application/problem+json";
    /** rep2's zone (see DynamoDbLocalResource); its day differs from UTC's and from the manager's Moscow day. */
    private static final ZoneId REP2_ZONE = ZoneId.of("Asia/Vladivostok");
    private static final String SUMMARY = "Agreed on a tasting for the whole team";

    @Inject
    DynamoCalls calls;

    private static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * Steps on one client of rep2, due (in rep2's zone) the day before yesterday, early and late on day {@code d},
     * on {@code d+1} and on {@code d+2}; keyed by task id, in due order. Whichever day the server sees when the
     * agenda is read — {@code d}, or {@code d+1} if rep2's midnight passes meanwhile — some of them are overdue,
     * some due that day and some due after it.
     */
    private static Map<String, Instant> stepsAround(LocalDate d, String client) {
        Map<String, Instant> steps = new LinkedHashMap<>();
        Instant overdue = at(d.minusDays(2), 10, REP2_ZONE);
        String first = Given.logged("rep2", client, withSummary(TestData.interaction(overdue.minus(Duration.ofDays(1)),
                TestData.nextStep(overdue)))).getString("nextTask.id");
        steps.put(first, overdue);
        for (Instant due : List.of(at(d, 1, REP2_ZONE), at(d, 22, REP2_ZONE), at(d.plusDays(1), 1, REP2_ZONE),
                at(d.plusDays(1), 22, REP2_ZONE), at(d.plusDays(2), 12, REP2_ZONE))) {
            steps.put(Given.task("rep2", client, TestData.nextStep(due)), due);
        }
        return steps;
    }

    private static Map<String, Object> withSummary(Map<String, Object> interaction) {
        interaction.put("summary", SUMMARY);
        return interaction;
    }

    @Test
    void agendaHoldsOverdueAndTodaysSteps_inDueOrder_withTheirClient_andNothingDueLater() {
        LocalDate d = LocalDate.now(REP2_ZONE);
        String name = "Agenda client " + TestData.next();
        String client = Given.client("rep2", name);
        Map<String, Instant> steps = stepsAround(d, client);

        JsonPath agenda = as("acme", "rep2").get("/api/v1/agenda").then().statusCode(200).extract().jsonPath();

        LocalDate served = LocalDate.parse(agenda.getString("date"));
        assertThat(served).as("the server's today in rep2's zone").isIn(d, d.plusDays(1));
        assertThat(agenda.getString("timeZone")).isEqualTo(REP2_ZONE.getId());
        assertThat(agenda.getString("repId")).isEqualTo("rep2");
        Instant todayStarts = startOf(served, REP2_ZONE);
        Instant tomorrowStarts = startOf(served.plusDays(1), REP2_ZONE);
        List<String> expected = steps.entrySet().stream().filter(e -> e.getValue().isBefore(tomorrowStarts))
                .map(Map.Entry::getKey).toList();
        // Whichever day was served, the steps straddle it: at least one overdue, two today, one after today.
        assertThat(expected).hasSizeBetween(3, 5);

        List<Map<String, Object>> mine = agenda.<Map<String, Object>>getList("items").stream()
                .filter(item -> "TASK".equals(item.get("kind")) && client.equals(task(item).get("clientId"))).toList();
        assertThat(mine).extracting(item -> task(item).get("id")).containsExactlyElementsOf(expected);
        assertThat(mine).allSatisfy(item -> {
            Instant due = Instant.parse((String) task(item).get("dueAt"));
            assertThat(item.get("overdue")).as("overdue flag of a step due %s", due).isEqualTo(due.isBefore(todayStarts));
            assertThat(task(item).get("clientName")).isEqualTo(name);
            assertThat(task(item).get("clientCity")).isEqualTo("Тверь");
            assertThat(task(item).get("lastInteractionSummary")).isEqualTo(SUMMARY);
        });
        assertThat(mine.getFirst().get("overdue")).isEqualTo(true);
        assertThat(mine.getLast().get("overdue")).isEqualTo(false);
    }

    @Test
    void theWholeAgenda_isOrderedByDueTime_andItsCountsMatchItsFlags() {
        String client = Given.client("rep2");
        stepsAround(LocalDate.now(REP2_ZONE), client);

        JsonPath agenda = as("acme", "rep2").get("/api/v1/agenda").then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> items = agenda.getList("items");
        // Open leads of rep2 (other tests') are on it too, sorted with the steps by their contact-by deadline.
        assertThat(items).extracting(AgendaTest::dueAt).isSortedAccordingTo(Comparator.naturalOrder());
        long overdue = items.stream().filter(item -> Boolean.TRUE.equals(item.get("overdue"))).count();
        assertThat(agenda.getInt("overdue")).isEqualTo(overdue);
        assertThat(agenda.getInt("dueToday")).isEqualTo(items.size() - overdue);
        // Overdue lines come before today's, since both are in due order.
        assertThat(items).extracting(item -> item.get("overdue")).isSortedAccordingTo(Comparator.comparing(o -> !(Boolean) o));
    }

    @Test
    void aCompletedStep_leavesTheAgenda() {
        String client = Given.client("rep2");
        String task = Given.task("rep2", client, TestData.nextStep(anHourAgo()));
        assertThat(agendaTaskIds("rep2")).contains(task);

        as("acme", "rep2").header("If-Match", "\"1\"").post("/api/v1/clients/" + client + "/tasks/" + task + "/complete")
                .then().statusCode(200);

        assertThat(agendaTaskIds("rep2")).doesNotContain(task);
    }

    @Test
    void theCallersOwnAgenda_isExactlyOneQuery() {
        RequestSpecification rep2 = as("acme", "rep2");

        calls.reset();
        rep2.get("/api/v1/agenda").then().statusCode(200);

        assertThat(calls.made()).containsExactly("Query");
    }

    @Test
    void aManagerOpensATeamRepsAgenda_inThatRepsZone_withOneGetItemAndOneQuery() {
        RequestSpecification mgr = as("acme", "mgr");

        calls.reset();
        mgr.queryParam("rep", "rep1").get("/api/v1/agenda").then().statusCode(200)
                .body("repId", equalTo("rep1"))
                .body("timeZone", equalTo("Europe/Moscow"));

        assertThat(calls.made()).containsExactly("GetItem", "Query");
        // The manager is in Moscow; rep2's day is the one in Vladivostok.
        as("acme", "mgr").queryParam("rep", "rep2").get("/api/v1/agenda").then().statusCode(200)
                .body("repId", equalTo("rep2"))
                .body("timeZone", equalTo(REP2_ZONE.getId()));
    }

    @Test
    void aManagerSeesTheSameStepsOnARepsAgendaAsTheRep() {
        String client = Given.client("rep2");
        String task = Given.task("rep2", client, TestData.nextStep(anHourAgo()));

        List<String> managers = as("acme", "mgr").queryParam("rep", "rep2").get("/api/v1/agenda")
                .then().statusCode(200).extract().path("items.findAll { it.kind == 'TASK' }.task.id");

        assertThat(managers).contains(task);
    }

    @Test
    void aRepCannotOpenAColleaguesAgenda() {
        as("acme", "rep1").queryParam("rep", "rep2").get("/api/v1/agenda").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aManagerCannotOpenTheAgendaOfAnotherTeamsRep_orAnotherTenantsRep() {
        as("acme", "mgr").queryParam("rep", "rep3").get("/api/v1/agenda").then().statusCode(404).contentType(PROBLEM);
        as("globex", "gmgr").queryParam("rep", "rep1").get("/api/v1/agenda").then().statusCode(404).contentType(PROBLEM);
        as("acme", "mgr").queryParam("rep", "nobody").get("/api/v1/agenda").then().statusCode(404).contentType(PROBLEM);
    }

    @SuppressWarnings("unchecked")
    private static Instant dueAt(Map<String, Object> item) {
        Map<String, Object> entry = (Map<String, Object>) item.get("TASK".equals(item.get("kind")) ? "task" : "lead");
        return Instant.parse((String) entry.get("dueAt"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> task(Map<String, Object> item) {
        return (Map<String, Object>) item.get("task");
    }
}
