package dev.fieldcrm.api.security;

import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Inside one tenant: a rep works only own clients, a manager the team's (east: rep1, rep2; west: rep3), an admin
 * everyone's. Whatever a caller may not work is answered as if it did not exist.
 */
@QuarkusTest
class RepIsolationTest {
    private static ArrangedClient rep1Client;
    private static ArrangedClient rep3Client;

    /** rep1's client (team east), arranged once: refused calls do not change it. */
    private static synchronized ArrangedClient rep1Client() {
        if (rep1Client == null) {
            rep1Client = ArrangedClient.create("acme", "rep1");
        }
        return rep1Client;
    }

    /** rep3's client (team west), arranged once. */
    private static synchronized ArrangedClient rep3Client() {
        if (rep3Client == null) {
            rep3Client = ArrangedClient.create("acme", "rep3");
        }
        return rep3Client;
    }

    static Stream<ClientScopedCall> calls() {
        return ClientScopedCall.ALL.stream();
    }

    @ParameterizedTest(name = "rep2 on rep1's client: {0}")
    @MethodSource("calls")
    void anotherRep_isRefusedOnEveryIdOfTheClient_asIfItDidNotExist(ClientScopedCall call) {
        Refusals.assertRefused(call, "acme", "rep2", notWorkableBy("rep2"), call.refusalFor(false));
    }

    @ParameterizedTest(name = "mgr (east) on rep3's (west) client: {0}")
    @MethodSource("calls")
    void managerOfAnotherTeam_isRefusedOnEveryIdOfTheClient_asIfItDidNotExist(ClientScopedCall call) {
        Refusals.assertRefused(call, "acme", "mgr", notWorkableBy("mgr"), call.refusalFor(true));
    }

    @Test
    void anotherRepCreatingAClientUnderATakenId_getsNotFound_andTheOwnersClientIsUntouched() {
        ArrangedClient client = rep1Client();
        String before = client.snapshot();
        Response refused = as("acme", "rep2").body(TestData.client("Offline clash")).put("/api/v1/clients/" + client.clientId());
        Problems.assertProblem(refused, 404);
        assertThat(refused.asString()).doesNotContain(client.secrets());
        assertThat(client.snapshot()).isEqualTo(before);
    }

    @Test
    void managerOfTheTeam_readsAndUpdatesARepsClient() {
        Map<String, Object> body = TestData.client("Team east " + TestData.next());
        String id = as("acme", "rep1").body(body).post("/api/v1/clients").then().statusCode(201).extract().path("id");
        as("acme", "mgr").get("/api/v1/clients/" + id).then().statusCode(200).body("client.ownerId", equalTo("rep1"));
        body.put("description", "checked by the manager");
        as("acme", "mgr").header("If-Match", "\"1\"").body(body).put("/api/v1/clients/" + id)
                .then().statusCode(200).body("details.description", equalTo("checked by the manager"));
        as("acme", "rep1").get("/api/v1/clients/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("client.updatedBy", equalTo("mgr"));
    }

    @Test
    void admin_readsAndUpdatesAClientOfAnyTeam() {
        Map<String, Object> body = TestData.client("Team west " + TestData.next());
        String id = as("acme", "rep3").body(body).post("/api/v1/clients").then().statusCode(201).extract().path("id");
        as("acme", "adm").get("/api/v1/clients/" + id).then().statusCode(200).body("client.ownerId", equalTo("rep3"));
        body.put("description", "checked by the admin");
        as("acme", "adm").header("If-Match", "\"1\"").body(body).put("/api/v1/clients/" + id)
                .then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void ownerAndTheirManager_canDoWhatOthersWereRefused_soTheRefusalsAreAboutTheCaller() {
        ArrangedClient client = rep1Client();
        for (String user : List.of("rep1", "mgr", "adm")) {
            as("acme", user).get("/api/v1/clients/" + client.clientId() + "/contacts/" + client.contactId())
                    .then().statusCode(200);
            as("acme", user).get("/api/v1/clients/" + client.clientId() + "/history").then().statusCode(200);
        }
        as("acme", "adm").get("/api/v1/clients/" + rep3Client().clientId()).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userScopedReads")
    void aRep_cannotReadAnotherRepsWork(String pathTemplate) {
        Refusals.assertUserRefused(pathTemplate, "acme", "rep2", "rep1", 403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userScopedReads")
    void aManager_readsTheTeamsWork_butNotAnotherTeams(String pathTemplate) {
        as("acme", "mgr").get(pathTemplate.replace("{user}", "rep1")).then().statusCode(200);
        Refusals.assertUserRefused(pathTemplate, "acme", "mgr", "rep3", 404);
        as("acme", "adm").get(pathTemplate.replace("{user}", "rep3")).then().statusCode(200);
    }

    static Stream<String> userScopedReads() {
        return Refusals.USER_SCOPED_READS.stream();
    }

    @Test
    void aRep_cannotListAnotherRepsClients_norTheUsers() {
        Problems.assertProblem(as("acme", "rep2").queryParam("ownerId", "rep1").get("/api/v1/clients"), 403);
        Problems.assertProblem(as("acme", "rep2").get("/api/v1/users"), 403);
    }

    @Test
    void aManager_listsOnlyOwnTeamsUsers_andGetsNoClientsOfAnotherTeamsRep() {
        List<String> users = as("acme", "mgr").get("/api/v1/users").then().statusCode(200).extract().path("id");
        assertThat(users).contains("rep1", "rep2").doesNotContain("rep3");
        Response west = as("acme", "mgr").queryParam("ownerId", "rep3").queryParam("limit", 200).get("/api/v1/clients");
        west.then().statusCode(200);
        assertThat(west.<List<String>>path("items.id")).doesNotContain(rep3Client().clientId());
    }

    /** The arranged client that {@code user} may not work: rep1's for rep2, the west team's for mgr (east). */
    private static ArrangedClient notWorkableBy(String user) {
        return switch (user) {
            case "rep2" -> rep1Client();
            case "mgr" -> rep3Client();
            default -> throw new IllegalArgumentException(user);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rep2", "mgr"})
    void listAndSearch_neverReturnAClientTheCallerCannotWork(String user) {
        ArrangedClient client = notWorkableBy(user);
        client.searches().forEach((param, value) -> {
            // Its owner finds it by the same search: the empty answer below is the access rule at work.
            assertThat(as("acme", client.owner()).queryParam(param, value).get("/api/v1/clients")
                    .<List<String>>path("items.id")).as("owner by %s", param).containsExactly(client.clientId());
            Response found = as("acme", user).queryParam(param, value).get("/api/v1/clients");
            found.then().statusCode(200);
            assertThat(found.<List<?>>path("items")).as("%s by %s", user, param).isEmpty();
        });
        Response all = as("acme", user).queryParam("limit", 200).get("/api/v1/clients");
        all.then().statusCode(200);
        assertThat(all.<List<String>>path("items.id")).doesNotContain(client.clientId());
    }

    @Test
    void theTeamsManager_findsARepsClientBySearch() {
        ArrangedClient client = rep1Client();
        client.searches().forEach((param, value) -> assertThat(as("acme", "mgr").queryParam(param, value)
                .get("/api/v1/clients").<List<String>>path("items.id")).as("mgr by %s", param).containsExactly(client.clientId()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rep2", "mgr"})
    void cursorFromARepsList_isRefusedForAnyoneElse(String user) {
        String prefix = "Paged" + TestData.next();
        String cursor = Cursors.takeFrom("acme", "rep1", prefix);

        Response stolen = as("acme", user).queryParam("q", prefix).queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/api/v1/clients");

        assertThat(Problems.fields(Problems.assertProblem(stolen, 422))).containsExactly("cursor");
        assertThat(stolen.asString()).doesNotContain(prefix);
    }
}
