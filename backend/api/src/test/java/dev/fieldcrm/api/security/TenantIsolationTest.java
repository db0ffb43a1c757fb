package dev.fieldcrm.api.security;

import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant globex (rep grep, manager gmgr, both team "east" like acme's reps) against tenant acme's data. The
 * tenant comes only from the verified token, so every acme id is simply absent for them.
 */
@QuarkusTest
class TenantIsolationTest {
    private static final Set<String> ACME_USERS = Set.of("mgr", "rep1", "rep2", "rep3", "adm");
    private static ArrangedClient acmeClient;

    /** rep1's client in acme, arranged once for the class: refused calls do not change it. */
    private static synchronized ArrangedClient acmeClient() {
        if (acmeClient == null) {
            acmeClient = ArrangedClient.create("acme", "rep1");
        }
        return acmeClient;
    }

    static Stream<Arguments> globexUsersOnAcmeIds() {
        return Stream.of("grep", "gmgr").flatMap(user -> ClientScopedCall.ALL.stream().map(call -> Arguments.of(user, call)));
    }

    @ParameterizedTest(name = "globex {0}: {1}")
    @MethodSource("globexUsersOnAcmeIds")
    void userOfAnotherTenant_isRefusedOnEveryAcmeId_asIfItDidNotExist(String user, ClientScopedCall call) {
        Refusals.assertRefused(call, "globex", user, acmeClient(), call.refusalFor(user.equals("gmgr")));
    }

    @Test
    void acmeOwner_canStillDoWhatGlobexWasRefused_soTheRefusalsAreAboutTheTenant() {
        ArrangedClient client = acmeClient();
        as("acme", "rep1").get("/api/v1/clients/" + client.clientId()).then().statusCode(200);
        as("acme", "rep1").get("/api/v1/clients/" + client.clientId() + "/contacts/" + client.contactId()).then().statusCode(200);
    }

    static Stream<Arguments> globexUsersOnAcmeUsers() {
        return Stream.of("grep", "gmgr").flatMap(user -> Refusals.USER_SCOPED_READS.stream().map(path -> Arguments.of(user, path)));
    }

    @ParameterizedTest(name = "globex {0}: {1}")
    @MethodSource("globexUsersOnAcmeUsers")
    void userOfAnotherTenant_cannotReadTheWorkOfAnAcmeUser(String user, String pathTemplate) {
        // A globex rep may not look at anyone else's work (403); a globex manager finds no such user (404).
        Refusals.assertUserRefused(pathTemplate, "globex", user, "rep1", user.equals("gmgr") ? 404 : 403);
    }

    @Test
    void globexManagerListingAnAcmeRepsClients_getsNothing() {
        Response listed = as("globex", "gmgr").queryParam("ownerId", "rep1").get("/api/v1/clients");
        listed.then().statusCode(200);
        assertThat(listed.<List<?>>path("items")).isEmpty();
        assertThat(listed.asString()).doesNotContain(acmeClient().secrets());
    }

    @Test
    void globexManagerListsOnlyGlobexUsers_andAGlobexRepNone() {
        Response users = as("globex", "gmgr").get("/api/v1/users");
        users.then().statusCode(200);
        List<String> ids = users.path("id");
        assertThat(ids).contains("grep", "gmgr").doesNotContainAnyElementsOf(ACME_USERS);
        Problems.assertProblem(as("globex", "grep").get("/api/v1/users"), 403);
    }

    @ParameterizedTest(name = "globex {0}")
    @ValueSource(strings = {"grep", "gmgr"})
    void listAndSearchOfAnotherTenant_neverReturnAnAcmeClient(String user) {
        ArrangedClient client = acmeClient();
        client.searches().forEach((param, value) -> {
            // The owner finds the client by each search, so an empty answer below is the tenant boundary at work.
            assertThat(as("acme", "rep1").queryParam(param, value).get("/api/v1/clients").<List<String>>path("items.id"))
                    .as("rep1 by %s", param).containsExactly(client.clientId());
            Response found = as("globex", user).queryParam(param, value).get("/api/v1/clients");
            found.then().statusCode(200);
            assertThat(found.<List<?>>path("items")).as("globex by %s", param).isEmpty();
        });
        Response all = as("globex", user).queryParam("limit", 200).get("/api/v1/clients");
        all.then().statusCode(200);
        assertThat(all.asString()).doesNotContain(client.secrets());
        assertThat(all.<List<String>>path("items.ownerId")).doesNotContainAnyElementsOf(ACME_USERS);
    }

    @ParameterizedTest(name = "globex {0}")
    @ValueSource(strings = {"grep", "gmgr"})
    void cursorFromAnAcmeList_isRefusedForAGlobexUser(String user) {
        String prefix = "Paged" + TestData.next();
        String cursor = Cursors.takeFrom("acme", "rep1", prefix);

        Response stolen = as("globex", user).queryParam("q", prefix).queryParam("limit", 1)
                .queryParam("cursor", cursor).get("/api/v1/clients");

        assertThat(Problems.fields(Problems.assertProblem(stolen, 422))).containsExactly("cursor");
        assertThat(stolen.asString()).doesNotContain(prefix);
    }
}
