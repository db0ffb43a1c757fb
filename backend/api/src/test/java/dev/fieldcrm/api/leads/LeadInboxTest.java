package dev.fieldcrm.api.leads;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.DynamoDbLocalResource;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.testing.TestLeads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class LeadInboxTest {
    @Inject
    DynamoCalls calls;

    private static final TestLeads LEADS = new TestLeads(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE);

    private static String email() {
        return "lead." + TestData.next() + "@example.com";
    }

    private static String phone() {
        return TestData.e164(TestData.phone());
    }

    private static Lead leadOf(String owner, String team) {
        return LEADS.open("acme", owner, team, "Olga Petrova", "Roga LLC " + TestData.next(), email(), phone(),
                "Please call me about 20 pallets");
    }

    /** Logs the users in now, so a test's counted calls do not include the login's read of the user. */
    @org.junit.jupiter.api.BeforeEach
    void loggedIn() {
        for (String user : List.of("rep1", "rep2", "rep3", "mgr", "adm")) {
            dev.fieldcrm.api.support.Api.token("acme", user);
        }
    }

    private static List<String> listed(String user, String query) {
        return as("acme", user).get("/api/v1/leads" + query).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static boolean guardExists(String tenant, String kind, String value) {
        return DynamoDbLocalResource.client().getItem(g -> g.tableName(DynamoDbLocalResource.TABLE).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS("T#" + tenant + "#UNIQUE#" + kind + "#" + value),
                        "SK", AttributeValue.fromS("GUARD")))).hasItem();
    }

    @Test
    void aRepListsOwnLeads_aManagerTheTeams_anAdminAll_eachWithOneQuery() {
        Lead mine = leadOf("rep1", "east");
        Lead colleagues = leadOf("rep2", "east");
        Lead otherTeam = leadOf("rep3", "west");
        Lead unassigned = leadOf(null, null);

        calls.reset();
        List<String> rep1 = listed("rep1", "?limit=200");
        assertThat(calls.made()).containsExactly("Query");
        assertThat(rep1).contains(mine.id()).doesNotContain(colleagues.id(), otherTeam.id(), unassigned.id());

        calls.reset();
        List<String> manager = listed("mgr", "?status=OPEN&limit=200");
        assertThat(calls.made()).containsExactly("Query");
        assertThat(manager).contains(mine.id(), colleagues.id()).doesNotContain(otherTeam.id(), unassigned.id());

        calls.reset();
        List<String> admin = listed("adm", "?limit=200");
        assertThat(calls.made()).containsExactly("Query");
        assertThat(admin).contains(mine.id(), colleagues.id(), otherTeam.id(), unassigned.id());

        assertThat(listed("mgr", "?owner=rep2&limit=200")).contains(colleagues.id()).doesNotContain(mine.id());
        assertThat(listed("mgr", "?status=REJECTED&limit=200")).doesNotContain(mine.id());
    }

    @Test
    void theListIsPagedWithACursor_newestFirst() {
        for (int i = 0; i < 3; i++) {
            leadOf("rep2", "east");
        }
        JsonPath first = as("acme", "rep2").get("/api/v1/leads?limit=2").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items")).hasSize(2);
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotNull();
        JsonPath second = as("acme", "rep2").queryParam("cursor", cursor).get("/api/v1/leads?limit=2")
                .then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.id", String.class)).doesNotContainAnyElementsOf(first.getList("items.id", String.class));
        List<String> created = first.getList("items.createdAt");
        assertThat(created.get(0)).isGreaterThanOrEqualTo(created.get(1));
    }

    @Test
    void aLead_isReadWithItsInboundRequests_byOneGetItemAndOneBatchGet() {
        Lead lead = leadOf("rep1", "east");
        calls.reset();
        as("acme", "rep1").get("/api/v1/leads/" + lead.id()).then().statusCode(200).header("ETag", "\"1\"")
                .body("lead.id", equalTo(lead.id()))
                .body("lead.status", equalTo("OPEN"))
                .body("inbound.channel", equalTo(List.of("WEB_FORM", "CALL")))
                .body("inbound[0].message", equalTo("Please call me about 20 pallets"))
                .body("inbound[1].call.event", equalTo("MISSED"))
                .body("inbound[1].call.adSource", equalTo("yandex-direct"));
        assertThat(calls.made()).containsExactly("GetItem", "BatchGetItem");
    }

    @Test
    void anotherRep_anotherTeamsManager_andAnotherTenant_cannotSeeOrChangeALead() {
        Lead lead = leadOf("rep1", "east");
        Lead west = leadOf("rep3", "west");
        String path = "/api/v1/leads/" + lead.id();
        for (String[] outsider : List.of(new String[]{"acme", "rep2"}, new String[]{"acme", "rep3"},
                new String[]{"globex", "grep"}, new String[]{"globex", "gmgr"})) {
            String tenant = outsider[0];
            String user = outsider[1];
            assertProblem(as(tenant, user).get(path), 404);
            assertProblem(as(tenant, user).header("If-Match", "\"1\"").body(Map.of("reason", "spam", "spam", true))
                    .post(path + "/reject"), 404);
            assertProblem(as(tenant, user).header("If-Match", "\"1\"").body(Map.of()).post(path + "/convert"), 404);
            assertProblem(as(tenant, user).header("If-Match", "\"1\"").body(Map.of("clientId", lead.id()))
                    .post(path + "/merge"), 404);
            assertThat(as(tenant, user).get("/api/v1/leads?limit=200").then().statusCode(200).extract().jsonPath()
                    .getList("items.id")).doesNotContain(lead.id());
        }
        assertProblem(as("acme", "mgr").get("/api/v1/leads/" + west.id()), 404);
        assertProblem(as("globex", "gmgr").header("If-Match", "\"1\"").body(Map.of("ownerId", "grep"))
                .post(path + "/reassign"), 404);
        assertProblem(as("acme", "rep2").get("/api/v1/leads?owner=rep1"), 403);
        assertProblem(as("acme", "mgr").get("/api/v1/leads?owner=rep3"), 404);
        as("acme", "rep1").get(path).then().statusCode(200).body("lead.version", equalTo(1));
    }

    @Test
    void aManagerHandsALeadToATeamRep_butNotOutsideTheTeam_andARepCannotHandOver() {
        Lead lead = leadOf("rep1", "east");
        String path = "/api/v1/leads/" + lead.id() + "/reassign";
        assertProblem(as("acme", "rep1").header("If-Match", "\"1\"").body(Map.of("ownerId", "rep2")).post(path), 403);
        assertThat(fields(assertProblem(as("acme", "mgr").header("If-Match", "\"1\"").body(Map.of("ownerId", "rep3"))
                .post(path), 422))).contains("ownerId");

        calls.reset();
        as("acme", "mgr").header("If-Match", "\"1\"").body(Map.of("ownerId", "rep2")).post(path)
                .then().statusCode(200).header("ETag", "\"2\"").body("ownerId", equalTo("rep2")).body("teamId", equalTo("east"));
        assertThat(calls.made()).containsExactly("GetItem", "GetItem", "TransactWriteItems");
        assertThat(listed("rep2", "?limit=200")).contains(lead.id());
        assertThat(listed("rep1", "?limit=200")).doesNotContain(lead.id());

        JsonPath stale = assertProblem(as("acme", "mgr").header("If-Match", "\"1\"").body(Map.of("ownerId", "rep1")).post(path), 412);
        assertThat(stale.getInt("currentVersion")).isEqualTo(2);
        assertProblem(as("acme", "mgr").body(Map.of("ownerId", "rep1")).post(path), 428);
    }

    @Test
    void convertingALead_makesClientContactAndDeal_releasesItsGuards_inOneTransaction() {
        Lead lead = leadOf("rep1", "east");
        calls.reset();
        Response response = as("acme", "mgr").header("If-Match", "\"1\"")
                .body(Map.of("deal", Map.of("title", "20 pallets", "amount", Map.of("amount", "150000.00", "currency", "RUB"))))
                .post("/api/v1/leads/" + lead.id() + "/convert");
        JsonPath converted = response.then().statusCode(200).header("ETag", "\"2\"")
                .body("lead.status", equalTo("CONVERTED"))
                .body("client.details.name", equalTo(lead.fields().company()))
                .body("client.ownerId", equalTo("rep1"))
                .body("contact.details.name", equalTo("Olga Petrova"))
                .body("contact.details.emails", equalTo(List.of(lead.email())))
                .body("deal.title", equalTo("20 pallets"))
                .body("deal.ownerId", equalTo("rep1"))
                .extract().jsonPath();
        assertThat(calls.made()).startsWith("GetItem").endsWith("TransactWriteItems")
                .containsOnlyOnce("TransactWriteItems").doesNotContain("Scan");
        String clientId = converted.getString("client.id");
        assertThat(converted.getString("lead.clientId")).isEqualTo(clientId);
        assertThat(converted.getString("deal.clientId")).isEqualTo(clientId);

        assertThat(guardExists("acme", "LEAD_EMAIL", lead.email())).isFalse();
        assertThat(guardExists("acme", "LEAD_PHONE", lead.phone())).isFalse();
        as("acme", "rep1").queryParam("email", lead.email()).get("/api/v1/clients")
                .then().statusCode(200).body("items[0].id", equalTo(clientId));
        as("acme", "rep1").get("/api/v1/clients/" + clientId).then().statusCode(200)
                .body("openDeals[0].title", equalTo("20 pallets"));
        assertThat(listed("rep1", "?status=CONVERTED&limit=200")).contains(lead.id());
        assertThat(listed("rep1", "?limit=200")).doesNotContain(lead.id());

        assertThat(fields(assertProblem(as("acme", "rep1").header("If-Match", "\"2\"").body(Map.of())
                .post("/api/v1/leads/" + lead.id() + "/convert"), 422))).contains("status");
    }

    @Test
    void convertingALeadWhoseEmailIsAClients_is409NamingTheClient_suggestingAMerge_andChangesNothing() {
        String clientId = Given.client("rep1");
        String clientEmail = as("acme", "rep1").get("/api/v1/clients/" + clientId).then().statusCode(200)
                .extract().jsonPath().getString("client.details.emails[0]");
        Lead lead = LEADS.open("acme", "rep1", "east", "Ivan", null, clientEmail, phone(), null);

        JsonPath problem = assertProblem(as("acme", "rep1").header("If-Match", "\"1\"").body(Map.of())
                .post("/api/v1/leads/" + lead.id() + "/convert"), 409);
        assertThat(problem.getString("existing.clientId")).isEqualTo(clientId);
        assertThat(problem.getString("detail")).contains("merge");

        as("acme", "rep1").get("/api/v1/leads/" + lead.id()).then().statusCode(200)
                .body("lead.status", equalTo("OPEN")).body("lead.version", equalTo(1));
        assertThat(guardExists("acme", "LEAD_EMAIL", lead.email())).isTrue();
        assertThat(guardExists("acme", "LEAD_PHONE", lead.phone())).isTrue();
    }

    @Test
    void aDealAtAStageThatIsNotOpenWork_isRefused_andNothingIsWritten() {
        Lead lead = leadOf("rep1", "east");
        JsonPath problem = assertProblem(as("acme", "rep1").header("If-Match", "\"1\"")
                .body(Map.of("deal", Map.of("title", "x", "stageId", "no-such-stage"))).post("/api/v1/leads/" + lead.id() + "/convert"), 422);
        assertThat(fields(problem)).contains("stageId");
        assertThat(fields(assertProblem(as("acme", "rep1").header("If-Match", "\"1\"")
                .body(Map.of("deal", Map.of("title", ""))).post("/api/v1/leads/" + lead.id() + "/convert"), 422)))
                .anyMatch(f -> f.contains("title"));
        as("acme", "rep1").get("/api/v1/leads/" + lead.id()).then().body("lead.status", equalTo("OPEN"));
        assertThat(guardExists("acme", "LEAD_EMAIL", lead.email())).isTrue();
    }

    @Test
    void mergingALeadIntoAClient_logsItsMessageOnTheClient_andReleasesTheGuards() {
        String clientId = Given.client("rep1");
        Lead lead = leadOf("rep1", "east");
        calls.reset();
        as("acme", "rep1").header("If-Match", "\"1\"").body(Map.of("clientId", clientId))
                .post("/api/v1/leads/" + lead.id() + "/merge")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("lead.status", equalTo("MERGED"))
                .body("lead.clientId", equalTo(clientId))
                .body("interaction.clientId", equalTo(clientId))
                .body("interaction.summary", containsString("Please call me about 20 pallets"));
        assertThat(calls.made()).containsExactly("GetItem", "Query", "TransactWriteItems");
        as("acme", "rep1").get("/api/v1/clients/" + clientId + "/interactions").then().statusCode(200)
                .body("items[0].summary", containsString("Olga Petrova"));
        assertThat(guardExists("acme", "LEAD_EMAIL", lead.email())).isFalse();
        assertThat(guardExists("acme", "LEAD_PHONE", lead.phone())).isFalse();
    }

    @Test
    void mergingIntoAClientTheCallerDoesNotWork_isRefused() {
        String westClient = Given.client("rep3");
        Lead lead = leadOf("rep1", "east");
        assertThat(fields(assertProblem(as("acme", "rep1").header("If-Match", "\"1\"").body(Map.of("clientId", westClient))
                .post("/api/v1/leads/" + lead.id() + "/merge"), 422))).contains("clientId");
        as("acme", "rep1").get("/api/v1/leads/" + lead.id()).then().body("lead.status", equalTo("OPEN"));
    }

    @Test
    void rejectingNeedsAReason_asSpamFreesTheEmailForANewLead() {
        Lead lead = leadOf("rep1", "east");
        String path = "/api/v1/leads/" + lead.id() + "/reject";
        assertThat(fields(assertProblem(as("acme", "rep1").header("If-Match", "\"1\"").body(Map.of("spam", true)).post(path), 422)))
                .contains("reason");
        calls.reset();
        as("acme", "rep1").header("If-Match", "\"1\"").body(Map.of("reason", "bot", "spam", true)).post(path)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("REJECTED")).body("resolution", equalTo("spam: bot"))
                .body("contactBy", equalTo(null));
        assertThat(calls.made()).containsExactly("GetItem", "TransactWriteItems");
        assertThat(guardExists("acme", "LEAD_EMAIL", lead.email())).isFalse();

        Lead again = LEADS.open("acme", "rep1", "east", "Olga", null, lead.email(), null, null);
        assertThat(again.id()).isNotEqualTo(lead.id());
        assertThat(listed("rep1", "?status=REJECTED&limit=200")).contains(lead.id());
    }

    @Test
    void aStaleIfMatch_is412WithTheCurrentVersion_andAnUnknownStatusIsRefused() {
        Lead lead = leadOf("rep1", "east");
        as("acme", "mgr").header("If-Match", "\"1\"").body(Map.of("ownerId", "rep2"))
                .post("/api/v1/leads/" + lead.id() + "/reassign").then().statusCode(200);
        JsonPath stale = assertProblem(as("acme", "rep2").header("If-Match", "\"1\"").body(Map.of("reason", "no"))
                .post("/api/v1/leads/" + lead.id() + "/reject"), 412);
        assertThat(stale.getInt("currentVersion")).isEqualTo(2);
        as("acme", "rep2").get("/api/v1/leads?status=BOGUS").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                .statusCode(org.hamcrest.Matchers.lessThan(500));
        assertProblem(as("acme", "rep2").get("/api/v1/leads/not-an-id"), 404);
        as("acme", "rep2").get("/api/v1/leads/" + lead.id()).then().body("lead.ownerId", notNullValue());
    }
}
