package dev.fieldcrm.api.sync;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.SyncFixtures;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.dynamo.SyncServices;
import dev.fieldcrm.core.shared.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/sync} (contract B). The worker's feed listener is driven here directly with the changes the
 * stream would carry (the worker's own tests drive it through the real stream); each test works with a rep of its
 * own, so other tests' records do not show up in its scope.
 */
@QuarkusTest
class SyncApiTest {
    private static final String SYNC = "/api/v1/sync";

    @Inject DynamoCalls calls;
    @Inject SyncServices sync;

    private static String freshRep(String tenant) {
        return SyncFixtures.freshRep(tenant);
    }

    private static String cursor(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private JsonPath page(String tenant, String user, String cursor, Integer limit) {
        var request = as(tenant, user);
        if (cursor != null) {
            request = request.queryParam("cursor", cursor);
        }
        if (limit != null) {
            request = request.queryParam("limit", limit);
        }
        return request.get(SYNC).then().statusCode(200).extract().jsonPath();
    }

    private record Walk(List<Map<String, Object>> changes, int pages, String cursor) {
    }

    /** Follows the cursor until {@code hasMore} is false (at most 50 pages). */
    private Walk walk(String tenant, String user, String cursor, Integer limit) {
        List<Map<String, Object>> changes = new ArrayList<>();
        int pages = 0;
        String next = cursor;
        boolean more = true;
        while (more && pages < 50) {
            JsonPath page = page(tenant, user, next, limit);
            changes.addAll(page.getList("changes"));
            next = page.getString("cursor");
            more = page.getBoolean("hasMore");
            pages++;
        }
        return new Walk(changes, pages, next);
    }

    private void streamed(String tenant, Object before, Object after) {
        SyncFixtures.streamed(sync, tenant, before, after);
    }

    private Client stored(String clientId) {
        return SyncFixtures.storedClient("acme", clientId);
    }

    private static List<String> idsOf(List<Map<String, Object>> changes, String kind) {
        return changes.stream().filter(c -> kind.equals(c.get("kind"))).map(c -> (String) c.get("id")).toList();
    }

    @Test
    void aSnapshot_returnsTheRepsClientsContactsAgendaJournalAndOpenDeals_inPages_endingWithAFeedCursor() {
        String rep = freshRep("acme");
        List<String> clientIds = List.of(Given.client(rep), Given.client(rep), Given.client(rep));
        String contactId = Given.contact(rep, clientIds.get(0), "Ольга");
        JsonPath logged = Given.logged(rep, clientIds.get(1), TestData.interaction(Instant.now().minus(Duration.ofHours(1)),
                TestData.nextStep(Instant.now().plus(Duration.ofDays(1)))));
        Map<String, Object> deal = new java.util.HashMap<>(Map.of("title", "Поставка", "clientId", clientIds.get(2)));
        String dealId = as("acme", rep).body(deal).post("/api/v1/deals").then().statusCode(201).extract().path("id");
        Given.client("rep1");

        List<Map<String, Object>> changes = new ArrayList<>();
        int pages = 0;
        String cursor = null;
        boolean more = true;
        while (more) {
            JsonPath page = page("acme", rep, cursor, 10);
            assertThat(page.getBoolean("snapshot")).isTrue();
            changes.addAll(page.getList("changes"));
            cursor = page.getString("cursor");
            more = page.getBoolean("hasMore");
            pages++;
        }

        assertThat(idsOf(changes, "client")).containsExactlyInAnyOrderElementsOf(clientIds);
        assertThat(idsOf(changes, "contact")).containsExactly(contactId);
        assertThat(idsOf(changes, "interaction")).containsExactly(logged.getString("interaction.id"));
        assertThat(idsOf(changes, "task")).containsExactly(logged.getString("nextTask.id"));
        assertThat(idsOf(changes, "deal")).containsExactly(dealId);
        // 10 per page means one client per page: three client pages, then agenda, journal, deals, orders.
        assertThat(pages).isGreaterThanOrEqualTo(7);
        assertThat(cursor).isNotBlank();
        Map<String, Object> first = changes.stream().filter(c -> clientIds.get(0).equals(c.get("id"))).findFirst().orElseThrow();
        Map<String, Object> profile = as("acme", rep).get("/api/v1/clients/" + clientIds.get(0)).then().statusCode(200)
                .extract().jsonPath().getMap("client");
        assertThat(first.get("data")).isEqualTo(profile);
        assertThat(first).containsEntry("clientId", clientIds.get(0)).containsEntry("deleted", false)
                .containsEntry("version", profile.get("version"));
    }

    @Test
    void theFeedAfterASnapshot_bringsEditsAndATombstoneWhenTheClientIsHandedOver_andTheNewOwnerGetsIt() {
        String rep = freshRep("acme");
        String other = freshRep("acme");
        String clientId = Given.client(rep);
        String feedCursor = walk("acme", rep, null, 200).cursor();
        String otherCursor = walk("acme", other, null, 200).cursor();

        Client v1 = stored(clientId);
        Map<String, Object> renamed = TestData.client("Переименован " + Ids.newId());
        as("acme", rep).header("If-Match", "\"1\"").body(renamed).put("/api/v1/clients/" + clientId).then().statusCode(200);
        Client v2 = stored(clientId);
        streamed("acme", v1, v2);
        as("acme", "mgr").header("If-Match", "\"2\"").body(Map.of("ownerId", other))
                .post("/api/v1/clients/" + clientId + "/reassign").then().statusCode(200);
        Client v3 = stored(clientId);
        streamed("acme", v2, v3);

        JsonPath page = page("acme", rep, feedCursor, null);

        assertThat(page.getBoolean("snapshot")).isFalse();
        assertThat(page.getBoolean("hasMore")).isFalse();
        List<Map<String, Object>> changes = page.getList("changes");
        assertThat(changes).extracting(c -> c.get("id")).containsOnly(clientId);
        assertThat(changes).extracting(c -> c.get("version"), c -> c.get("deleted")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, false), org.assertj.core.groups.Tuple.tuple(3, true));
        assertThat(changes.get(1)).containsEntry("data", null).containsEntry("clientId", clientId);
        assertThat(((Map<?, ?>) changes.get(0).get("data")).get("details")).satisfies(d ->
                assertThat(((Map<?, ?>) d).get("name")).isEqualTo(renamed.get("name")));

        List<Map<String, Object>> handedOver = page("acme", other, otherCursor, null).getList("changes");
        assertThat(handedOver).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("id", clientId).containsEntry("version", 3).containsEntry("deleted", false);
            assertThat(((Map<?, ?>) c.get("data")).get("ownerId")).isEqualTo(other);
        });

        JsonPath again = page("acme", rep, page.getString("cursor"), null);
        assertThat(again.getList("changes")).isEmpty();
    }

    @Test
    void feedPages_followEachOther_andEachIsOneQuery() {
        String rep = freshRep("acme");
        String cursor = walk("acme", rep, null, 200).cursor();
        String clientId = Given.client(rep);
        Client v1 = stored(clientId);
        streamed("acme", null, v1);
        for (int version = 1; version <= 2; version++) {
            Map<String, Object> edited = TestData.client("Правка " + version + " " + Ids.newId());
            as("acme", rep).header("If-Match", "\"" + version + "\"").body(edited).put("/api/v1/clients/" + clientId).then().statusCode(200);
            Client before = stored(clientId);
            streamed("acme", version == 1 ? v1 : before, stored(clientId));
        }

        calls.reset();
        JsonPath first = page("acme", rep, cursor, 2);
        assertThat(calls.made()).containsExactly("Query");
        assertThat(first.getBoolean("hasMore")).isTrue();
        assertThat(first.getList("changes")).hasSize(2);

        calls.reset();
        JsonPath second = page("acme", rep, first.getString("cursor"), 2);
        assertThat(calls.made()).containsExactly("Query");
        assertThat(second.getBoolean("hasMore")).isFalse();
        assertThat(second.getList("changes")).hasSize(1);
        List<Object> versions = new ArrayList<>(first.getList("changes.version"));
        versions.addAll(second.getList("changes.version"));
        assertThat(versions).containsExactly(1, 2, 3);
    }

    @Test
    void aSnapshotPage_ofClients_isOneIndexQueryAndOneCardQueryPerClient_andTheNextPageOneQuery() {
        String rep = freshRep("acme");
        Given.client(rep);
        Given.client(rep);

        calls.reset();
        JsonPath clientsPage = page("acme", rep, null, 20);
        assertThat(calls.made()).containsExactly("Query", "Query", "Query");
        assertThat(clientsPage.getList("changes.kind")).containsExactly("client", "client");

        calls.reset();
        page("acme", rep, clientsPage.getString("cursor"), 20);
        assertThat(calls.made()).containsExactly("Query");
    }

    @Test
    void repA_neverSeesRepBsClientChanges_andTenantGlobexNeverSeesAcmes() {
        String repA = freshRep("acme");
        String repB = freshRep("acme");
        String globexRep = freshRep("globex");
        String cursorA = walk("acme", repA, null, 200).cursor();
        String cursorGlobex = walk("globex", globexRep, null, 200).cursor();
        String clientOfB = Given.client(repB);
        streamed("acme", null, stored(clientOfB));

        assertThat(walk("acme", repA, cursorA, null).changes()).isEmpty();
        assertThat(walk("globex", globexRep, cursorGlobex, null).changes()).isEmpty();
        assertThat(idsOf(walk("acme", repA, null, 200).changes(), "client")).doesNotContain(clientOfB);
        assertThat(idsOf(walk("acme", repB, null, 200).changes(), "client")).containsExactly(clientOfB);
    }

    @Test
    void aCursorOlderThanTheFeedIsKept_isAnswered410_sync_cursor_expired() {
        JsonPath problem = Problems.assertProblem(as("acme", "rep1").queryParam("cursor", cursor("F|2020-01-01T00:00:00.000Z"))
                .get(SYNC), 410);

        assertThat(problem.getString("type")).endsWith("/sync-cursor-expired");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor!", "Rnxub25zZW5zZQ", "U3xOT1BFfDIwMjYtMDEtMDFUMDA6MDA6MDAuMDAwWnw"})
    void aMalformedCursor_isAnswered400(String cursor) {
        Problems.assertProblem(as("acme", "rep1").queryParam("cursor", cursor).get(SYNC), 400);
    }

    @Test
    void anotherRepsSnapshotCursor_isAnswered400_andReadsNothingOfTheirs() {
        String repB = freshRep("acme");
        Given.client(repB);
        Given.client(repB);
        String midSnapshot = page("acme", repB, null, 10).getString("cursor");

        Problems.assertProblem(as("acme", "rep1").queryParam("cursor", midSnapshot).get(SYNC), 400);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 501})
    void aLimitOutside1To500_isAnswered422(int limit) {
        JsonPath problem = Problems.assertProblem(as("acme", "rep1").queryParam("limit", limit).get(SYNC), 422);

        assertThat(Problems.fields(problem)).containsExactly("limit");
    }

    @Test
    void withoutAToken_syncIsAnswered401() {
        dev.fieldcrm.api.support.Api.anonymous().get(SYNC).then().statusCode(401);
    }
}
