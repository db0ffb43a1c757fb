package dev.fieldcrm.api.agenda;

import dev.fieldcrm.api.support.Api;
import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.DynamoDbLocalResource;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.SyncFixtures;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.dynamo.DynamoLeadQueries;
import dev.fieldcrm.core.dynamo.SyncServices;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.testing.TestLeads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Fetch.agendaTaskIds;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Times.anHourAgo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open lead assigned to a rep is the step "contact the lead" on that rep's Today: on the agenda (same Query as the
 * steps), in the sync snapshot and feed; it moves with a reassignment and leaves when the lead leaves OPEN. The leads
 * are stored as the worker's processing leaves them (the lead item written through the same key design).
 */
@QuarkusTest
class LeadsOnTheAgendaTest {
    private static final TestLeads LEADS = new TestLeads(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE);
    private static final DynamoLeadQueries STORED = new DynamoLeadQueries(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE);

    @Inject DynamoCalls calls;
    @Inject SyncServices sync;

    @BeforeEach
    void loggedIn() {
        for (String user : List.of("rep1", "rep2", "mgr")) {
            Api.token("acme", user);
        }
    }

    private static Lead leadOf(String owner) {
        return LEADS.open("acme", owner, "east", "Olga Petrova", "Roga LLC " + TestData.next(),
                "lead." + TestData.next() + "@example.com", TestData.e164(TestData.phone()), "Call me");
    }

    private static List<Map<String, Object>> leadEntries(String user, String leadId) {
        List<Map<String, Object>> items = as("acme", user).get("/api/v1/agenda").then().statusCode(200).extract()
                .jsonPath().getList("items");
        return items.stream().filter(i -> "LEAD".equals(i.get("kind")))
                .filter(i -> leadId.equals(((Map<?, ?>) i.get("lead")).get("leadId"))).toList();
    }

    @Test
    void anAssignedOpenLead_isOnceOnTheAssigneesAgenda_asALeadEntry_inTheSameSingleQuery_andOnNoOtherRepsAgenda() {
        Lead lead = leadOf("rep1");

        calls.reset();
        List<Map<String, Object>> mine = leadEntries("rep1", lead.id());
        assertThat(calls.made()).containsExactly("Query");

        assertThat(mine).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("overdue", true).doesNotContainKey("task");
            Map<?, ?> entry = (Map<?, ?>) item.get("lead");
            assertThat(entry.get("name")).isEqualTo("Olga Petrova");
            assertThat(entry.get("company")).isEqualTo(lead.fields().company());
            assertThat(entry.get("phone")).isEqualTo(lead.phone());
            assertThat(entry.get("city")).isEqualTo("Тверь");
            assertThat(entry.get("source")).isEqualTo("website");
            assertThat(entry.get("dueAt")).isEqualTo(lead.contactBy().toString());
            assertThat(entry.get("version")).isEqualTo(1);
        });
        assertThat(leadEntries("rep2", lead.id())).isEmpty();
        assertThat(as("acme", "mgr").queryParam("rep", "rep1").get("/api/v1/agenda").then().statusCode(200).extract()
                .<List<String>>path("items.findAll { it.kind == 'LEAD' }.lead.leadId")).contains(lead.id());
    }

    @Test
    void aReassignedLead_movesToTheNewRepsAgenda() {
        Lead lead = leadOf("rep1");

        as("acme", "mgr").header("If-Match", "\"1\"").body(Map.of("ownerId", "rep2"))
                .post("/api/v1/leads/" + lead.id() + "/reassign").then().statusCode(200);

        assertThat(leadEntries("rep1", lead.id())).isEmpty();
        assertThat(leadEntries("rep2", lead.id())).singleElement()
                .satisfies(item -> assertThat(((Map<?, ?>) item.get("lead")).get("version")).isEqualTo(2));
    }

    @Test
    void aConvertedOrRejectedLead_leavesTheAgenda() {
        Lead converted = leadOf("rep1");
        Lead rejected = leadOf("rep1");
        assertThat(leadEntries("rep1", converted.id())).hasSize(1);

        as("acme", "rep1").header("If-Match", "\"1\"").body(Map.of())
                .post("/api/v1/leads/" + converted.id() + "/convert").then().statusCode(200);
        as("acme", "mgr").header("If-Match", "\"1\"").body(Map.of("reason", "bot", "spam", true))
                .post("/api/v1/leads/" + rejected.id() + "/reject").then().statusCode(200);

        assertThat(leadEntries("rep1", converted.id())).isEmpty();
        assertThat(leadEntries("rep1", rejected.id())).isEmpty();
    }

    @Test
    void theTaskReadersOfTheAgendaIndex_listTasksOnly_whenTheRepAlsoHasLeads() {
        leadOf("rep2");
        String task = Given.task("rep2", Given.client("rep2"), TestData.nextStep(anHourAgo()));

        assertThat(agendaTaskIds("rep2")).contains(task).doesNotContainNull();
        List<Map<String, Object>> open = as("acme", "rep2").get("/api/v1/tasks?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(open).extracting(t -> t.get("id")).contains(task);
        assertThat(open).allSatisfy(t -> assertThat(t).containsKey("clientId").containsKey("kind"));
    }

    @Test
    void aRepReadsTheirOwnLead_butNotAColleagues() {
        Lead mine = leadOf("rep1");
        Lead colleagues = leadOf("rep2");

        as("acme", "rep1").get("/api/v1/leads/" + mine.id()).then().statusCode(200);
        assertProblem(as("acme", "rep1").get("/api/v1/leads/" + colleagues.id()), 404);
        assertProblem(as("globex", "grep").get("/api/v1/leads/" + mine.id()), 404);
    }

    @Test
    void theSyncSnapshot_bringsTheRepsOpenLead_asTheLeadsGetShowsIt_andTheFeedTombstonesItOnHandOverAndConversion() {
        String rep = SyncFixtures.freshRep("acme");
        String other = SyncFixtures.freshRep("acme");
        Lead handedOver = leadOf(rep);
        Lead converted = leadOf(rep);
        leadOf("rep1");

        Walk snapshot = walk(rep, null);
        assertThat(idsOf(snapshot.changes(), "lead")).containsExactlyInAnyOrder(handedOver.id(), converted.id());
        Map<String, Object> synced = snapshot.changes().stream().filter(c -> converted.id().equals(c.get("id")))
                .findFirst().orElseThrow();
        Map<String, Object> shown = as("acme", rep).get("/api/v1/leads/" + converted.id()).then().statusCode(200)
                .extract().jsonPath().getMap("lead");
        assertThat(synced.get("data")).isEqualTo(shown);
        String otherCursor = walk(other, null).cursor();

        as("acme", "mgr").header("If-Match", "\"1\"").body(Map.of("ownerId", other))
                .post("/api/v1/leads/" + handedOver.id() + "/reassign").then().statusCode(200);
        SyncFixtures.streamed(sync, "acme", handedOver, STORED.find("acme", handedOver.id()).orElseThrow());
        as("acme", rep).header("If-Match", "\"1\"").body(Map.of())
                .post("/api/v1/leads/" + converted.id() + "/convert").then().statusCode(200);
        SyncFixtures.streamed(sync, "acme", converted, STORED.find("acme", converted.id()).orElseThrow());

        List<Map<String, Object>> feed = walk(rep, snapshot.cursor()).changes().stream()
                .filter(c -> "lead".equals(c.get("kind"))).toList();
        assertThat(feed).extracting(c -> c.get("id"), c -> c.get("deleted"), c -> c.get("version")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(handedOver.id(), true, 2),
                org.assertj.core.groups.Tuple.tuple(converted.id(), true, 2));
        assertThat(walk(other, otherCursor).changes()).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("kind", "lead").containsEntry("id", handedOver.id()).containsEntry("deleted", false);
            assertThat(((Map<?, ?>) c.get("data")).get("ownerId")).isEqualTo(other);
        });
    }

    private record Walk(List<Map<String, Object>> changes, String cursor) {
    }

    private static Walk walk(String user, String cursor) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String next = cursor;
        boolean more = true;
        for (int pages = 0; more && pages < 50; pages++) {
            var request = as("acme", user).queryParam("limit", 200);
            if (next != null) {
                request = request.queryParam("cursor", next);
            }
            JsonPath page = request.get("/api/v1/sync").then().statusCode(200).extract().jsonPath();
            changes.addAll(page.getList("changes"));
            next = page.getString("cursor");
            more = page.getBoolean("hasMore");
        }
        return new Walk(changes, next);
    }

    private static List<String> idsOf(List<Map<String, Object>> changes, String kind) {
        return changes.stream().filter(c -> kind.equals(c.get("kind"))).map(c -> (String) c.get("id")).toList();
    }
}
