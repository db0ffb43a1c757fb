package dev.fieldcrm.api.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Duplicate;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.ZoneId;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ClientCardTest {
    @Inject
    DynamoCalls calls;

    @Inject
    ClientService clients;

    @Inject
    ObjectMapper json;

    static String create(String user, Map<String, Object> body) {
        return as("acme", user).body(body).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createdClient_isReturnedWithNormalisedValuesAndVersionOne() {
        Map<String, Object> body = TestData.client("ООО «Ёлка»");
        String phone = (String) ((List<?>) body.get("phones")).getFirst();
        as("acme", "rep1").body(body).post("/api/v1/clients")
                .then().statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", org.hamcrest.Matchers.startsWith("/api/v1/clients/"))
                .body("ownerId", equalTo("rep1"))
                .body("teamId", equalTo("east"))
                .body("version", equalTo(1))
                .body("details.phones[0]", equalTo(TestData.e164(phone)))
                .body("details.emails[0]", equalTo(((String) ((List<?>) body.get("emails")).getFirst()).toLowerCase()))
                .body("details.salesPotential.amount", equalTo("1500000.00"));
    }

    @Test
    void card_isProfileContactsAndOpenSteps_fromExactlyOneQuery() {
        String id = create("rep1", TestData.client("Card Test"));
        as("acme", "rep1").body(Map.of("name", "Olga Buyer", "buyingRole", "DECISION_MAKER", "birthday", "1980-05-17",
                        "phones", List.of(TestData.phone()), "emailConsent", true))
                .post("/api/v1/clients/" + id + "/contacts").then().statusCode(201);
        as("acme", "rep1").body(TestData.interaction("2026-11-20T09:00:00Z", TestData.nextStep("2030-01-10T09:00:00Z")))
                .post("/api/v1/clients/" + id + "/interactions").then().statusCode(201);

        calls.reset();
        as("acme", "rep1").get("/api/v1/clients/" + id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("client.details.name", equalTo("Card Test"))
                .body("contacts", hasSize(1))
                .body("contacts[0].details.birthday", equalTo("1980-05-17"))
                .body("openTasks", hasSize(1))
                .body("openTasks[0].title", equalTo("Call back about the order"))
                .body("client.recentInteractions", hasSize(1))
                .body("client.lastContactAt", equalTo("2026-11-20T09:00:00Z"));
        assertThat(calls.made()).containsExactly("Query");
    }

    @Test
    void updateWithCurrentEtag_succeeds_andStaleEtag_isRefusedWith412AndCurrentVersion() {
        Map<String, Object> body = TestData.client("Versioned");
        String id = create("rep1", body);
        body.put("description", "changed once");
        as("acme", "rep1").header("If-Match", "\"1\"").body(body).put("/api/v1/clients/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("details.description", equalTo("changed once"));

        body.put("description", "based on a stale read");
        as("acme", "rep1").header("If-Match", "\"1\"").body(body).put("/api/v1/clients/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo(2));
        as("acme", "rep1").get("/api/v1/clients/" + id).then().body("client.details.description", equalTo("changed once"));
    }

    @Test
    void updateWithoutIfMatch_isRefusedWith428() {
        Map<String, Object> body = TestData.client("Blind update");
        String id = create("rep1", body);
        as("acme", "rep1").body(body).post("/api/v1/clients/" + id + "/archive")
                .then().statusCode(428).contentType("application/problem+json");
    }

    /**
     * In Lambda, concurrent requests are separate function instances racing at DynamoDB; here, threads calling
     * the use case at once (the local event server itself handles one request at a time).
     */
    @Test
    void twoConcurrentUpdatesOfOneClient_exactlyOneWins_theOtherGetsAVersionConflict() throws Exception {
        Map<String, Object> body = TestData.client("Contended");
        String id = create("rep1", body);
        Caller rep1 = new Caller("acme", "rep1", Set.of(Role.REP), "east", ZoneId.of("Europe/Moscow"));
        ClientDetails current = clients.card(rep1, id).client().details();
        List<Object> outcomes = race(2, i -> clients.update(rep1, id, 1, withDescription(current, "writer " + i)));

        assertThat(outcomes).filteredOn(Client.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(VersionConflict.class::isInstance).hasSize(1)
                .first().extracting(o -> ((VersionConflict) o).currentVersion()).isEqualTo(2L);
        as("acme", "rep1").get("/api/v1/clients/" + id).then().header("ETag", "\"2\"");
    }

    @Test
    void simultaneousCreationsWithOnePhone_onlyOneSucceeds_theOthersAreDuplicates() throws Exception {
        String phone = TestData.phone();
        Caller rep1 = new Caller("acme", "rep1", Set.of(Role.REP), "east", ZoneId.of("Europe/Moscow"));
        List<Object> outcomes = race(4, i -> {
            Map<String, Object> body = TestData.client("Racer " + i);
            body.put("phones", List.of(phone));
            return clients.create(rep1, null, json.convertValue(body, ClientDetails.class), null);
        });

        assertThat(outcomes).filteredOn(Client.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(Duplicate.class::isInstance).hasSize(3);
        as("acme", "rep1").queryParam("phone", phone).get("/api/v1/clients").then().body("items", hasSize(1));
    }

    /** Runs {@code n} calls released at the same instant; each outcome is the result or the exception thrown. */
    private static List<Object> race(int n, java.util.function.IntFunction<Object> call) throws Exception {
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            List<java.util.concurrent.Future<Object>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.apply(index);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new java.util.ArrayList<>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    private static ClientDetails withDescription(ClientDetails d, String description) {
        return new ClientDetails(d.name(), d.legalForm(), description, d.industry(), d.size(), d.addresses(), d.phones(),
                d.emails(), d.requisites(), d.geography(), d.segment(), d.priority(), d.type(), d.category(),
                d.conditionsPackage(), d.salesPotential(), d.shareOfWallet(), d.loyalty(), d.contract());
    }

    @Test
    void archiveAndRestore_changeTheFlagAndKeepTheCard() {
        String id = create("rep1", TestData.client("Archivable"));
        as("acme", "rep1").header("If-Match", "\"1\"").post("/api/v1/clients/" + id + "/archive")
                .then().statusCode(200).body("archived", equalTo(true)).header("ETag", "\"2\"");
        as("acme", "rep1").header("If-Match", "\"2\"").post("/api/v1/clients/" + id + "/restore")
                .then().statusCode(200).body("archived", equalTo(false));
    }

    @Test
    void searchByNamePrefix_ignoresCaseDiacriticsAndLegalForm() {
        String unique = "Зеленоградский" + TestData.next();
        String id = create("rep2", TestData.client("ООО «Ёжик " + unique + "»"));
        as("acme", "rep2").queryParam("q", "ежик " + unique.toLowerCase())
                .get("/api/v1/clients").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id));
        as("acme", "rep2").queryParam("q", "ЁЖИК " + unique.toUpperCase())
                .get("/api/v1/clients").then().body("items[0].id", equalTo(id));
    }

    @Test
    void searchByPhoneInAnyFormatting_andEmailInAnyCase_findsTheClient_withOneIndexLookup() {
        Map<String, Object> body = TestData.client("Findable");
        String phone = (String) ((List<?>) body.get("phones")).getFirst();
        String email = (String) ((List<?>) body.get("emails")).getFirst();
        String id = create("rep1", body);
        String e164 = TestData.e164(phone);
        calls.reset();
        as("acme", "rep1").queryParam("phone", "+7 " + e164.substring(2, 5) + " " + e164.substring(5))
                .get("/api/v1/clients").then().statusCode(200).body("items[0].id", equalTo(id));
        assertThat(calls.made()).containsExactly("GetItem", "GetItem");
        as("acme", "rep1").queryParam("phone", e164.substring(1)).get("/api/v1/clients")
                .then().body("items[0].id", equalTo(id));
        as("acme", "rep1").queryParam("email", "  " + email.toUpperCase() + " ").get("/api/v1/clients")
                .then().body("items[0].id", equalTo(id));
    }

    @Test
    void creatingAClientWithAnotherClientsPhone_isRefusedWith409NamingTheExistingRecord() {
        Map<String, Object> first = TestData.client("Original");
        String id = create("rep1", first);
        Map<String, Object> copy = TestData.client("Copy");
        String phone = (String) ((List<?>) first.get("phones")).getFirst();
        copy.put("phones", List.of(TestData.e164(phone)));
        as("acme", "rep2").body(copy).post("/api/v1/clients")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("field", equalTo("phone"))
                .body("existing.clientId", equalTo(id))
                .body("existing.name", equalTo("Original"));
        // Nothing of the refused client was written: its own email is still free.
        Map<String, Object> retry = TestData.client("Copy, fixed");
        retry.put("emails", copy.get("emails"));
        as("acme", "rep2").body(retry).post("/api/v1/clients").then().statusCode(201);
    }

    @Test
    void aContactWithAClientsEmail_isADuplicateToo() {
        Map<String, Object> client = TestData.client("Email owner");
        String id = create("rep1", client);
        String email = (String) ((List<?>) client.get("emails")).getFirst();
        as("acme", "rep1").body(Map.of("name", "Same Mailbox", "emails", List.of(email.toUpperCase())))
                .post("/api/v1/clients/" + id + "/contacts")
                .then().statusCode(409).body("existing.clientId", equalTo(id)).body("field", equalTo("email"));
    }

    @Test
    void changingThePhone_releasesTheOldNumberForOthers() {
        Map<String, Object> body = TestData.client("Phone mover");
        String oldPhone = (String) ((List<?>) body.get("phones")).getFirst();
        String id = create("rep1", body);
        body.put("phones", List.of(TestData.phone()));
        as("acme", "rep1").header("If-Match", "\"1\"").body(body).put("/api/v1/clients/" + id).then().statusCode(200);
        Map<String, Object> other = TestData.client("Takes the old number");
        other.put("phones", List.of(oldPhone));
        as("acme", "rep1").body(other).post("/api/v1/clients").then().statusCode(201);
    }

    @Test
    void listIsPagedWithAnOpaqueCursor() {
        String prefix = "Paged" + TestData.next();
        for (int i = 0; i < 3; i++) {
            create("rep2", TestData.client(prefix + " " + i));
        }
        Response first = as("acme", "rep2").queryParam("q", prefix).queryParam("limit", 2).get("/api/v1/clients");
        first.then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue());
        as("acme", "rep2").queryParam("q", prefix).queryParam("limit", 2)
                .queryParam("cursor", first.path("nextCursor").toString())
                .get("/api/v1/clients").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].details.name", equalTo(prefix + " 2"));
    }

    @Test
    void historyShowsWhoChangedWhichFields() {
        Map<String, Object> body = TestData.client("Audited");
        String id = create("rep1", body);
        body.put("loyalty", 2);
        as("acme", "rep1").header("If-Match", "\"1\"").body(body).put("/api/v1/clients/" + id).then().statusCode(200);
        as("acme", "rep1").get("/api/v1/clients/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].action", equalTo("updated"))
                .body("items[0].actorId", equalTo("rep1"))
                .body("items[0].changes.find { it.field == 'details.loyalty' }.from", equalTo("4"))
                .body("items[0].changes.find { it.field == 'details.loyalty' }.to", equalTo("2"))
                .body("items[1].action", equalTo("created"));
    }

    @Test
    void offlineCreateWithClientChosenId_isIdempotent() {
        String id = "01J" + "Z".repeat(3) + String.format("%020d", TestData.next()).replace('0', 'A');
        Map<String, Object> body = TestData.client("Offline");
        as("acme", "rep1").body(body).put("/api/v1/clients/" + id).then().statusCode(200).body("id", equalTo(id));
        as("acme", "rep1").body(body).put("/api/v1/clients/" + id).then().statusCode(200).body("version", equalTo(1));
    }
}
