package dev.fieldcrm.api.informing;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class MailingApiTest {
    @Inject
    DynamoCalls calls;

    private static Map<String, Object> email(String body) {
        Map<String, Object> m = new HashMap<>();
        m.put("channel", "EMAIL");
        m.put("locale", "en");
        m.put("subject", "News for {client.name}");
        m.put("body", body);
        m.put("audience", Map.of("segment", "retail", "city", "Тверь"));
        return m;
    }

    private static JsonPath created(String user, Map<String, Object> body) {
        return as("acme", user).body(body).post("/api/v1/mailings").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aRep_mayNotCreateListReadOrCancelMailings_403() {
        String id = created("mgr", email("Hello {contact.name}")).getString("mailing.id");
        Problems.assertProblem(as("acme", "rep1").body(email("Hi")).post("/api/v1/mailings"), 403);
        Problems.assertProblem(as("acme", "rep1").get("/api/v1/mailings"), 403);
        Problems.assertProblem(as("acme", "rep1").get("/api/v1/mailings/" + id), 403);
        Problems.assertProblem(as("acme", "rep1").post("/api/v1/mailings/" + id + "/cancel"), 403);
    }

    @Test
    void aManagersMailing_isScheduledForTheOwnTeam_withZeroCounts_andReadWithTwoGetItems() {
        JsonPath mailing = created("mgr", email("Hello {contact.name} of {client.name}"));
        assertThat(mailing.getString("mailing.status")).isEqualTo("SCHEDULED");
        assertThat(mailing.getString("mailing.audience.teamId")).isEqualTo("east");
        assertThat(mailing.getString("mailing.audience.segment")).isEqualTo("retail");
        String id = mailing.getString("mailing.id");

        calls.reset();
        JsonPath read = as("acme", "mgr").get("/api/v1/mailings/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(calls.made()).containsExactly("GetItem", "GetItem");
        assertThat(read.getLong("counts.targeted")).isZero();
        assertThat(read.getString("mailing.body")).isEqualTo("Hello {contact.name} of {client.name}");
        assertThat(as("acme", "mgr").get("/api/v1/mailings?limit=200").then().statusCode(200).extract()
                .jsonPath().getList("items.mailing.id")).contains(id);
        assertThat(as("acme", "adm").get("/api/v1/mailings/" + id).then().statusCode(200).extract()
                .jsonPath().getString("mailing.id")).isEqualTo(id);
    }

    @Test
    void anotherTenant_cannotSeeOrCancelTheMailing_404() {
        String id = created("mgr", email("Hello")).getString("mailing.id");
        Problems.assertProblem(as("globex", "gmgr").get("/api/v1/mailings/" + id), 404);
        Problems.assertProblem(as("globex", "gmgr").post("/api/v1/mailings/" + id + "/cancel"), 404);
        assertThat(as("globex", "gmgr").get("/api/v1/mailings?limit=200").then().statusCode(200).extract()
                .jsonPath().getList("items.mailing.id")).doesNotContain(id);
        assertThat(as("acme", "mgr").get("/api/v1/mailings/" + id).then().statusCode(200).extract()
                .jsonPath().getString("mailing.status")).isEqualTo("SCHEDULED");
    }

    @Test
    void aManager_mayNotMailAnotherTeam_orAnotherTeamsRep_403() {
        Map<String, Object> otherTeam = email("Hello");
        otherTeam.put("audience", Map.of("teamId", "west"));
        Problems.assertProblem(as("acme", "mgr").body(otherTeam).post("/api/v1/mailings"), 403);
        Map<String, Object> otherRep = email("Hello");
        otherRep.put("audience", Map.of("ownerId", "rep3"));
        Problems.assertProblem(as("acme", "mgr").body(otherRep).post("/api/v1/mailings"), 403);
        // An admin may.
        assertThat(created("adm", otherTeam).getString("mailing.audience.teamId")).isEqualTo("west");
    }

    @Test
    void badMailings_areRefusedWith422_andNothingIsStored() {
        Map<String, Object> noSubject = email("Hello");
        noSubject.remove("subject");
        assertThat(Problems.fields(Problems.assertProblem(as("acme", "mgr").body(noSubject).post("/api/v1/mailings"), 422)))
                .contains("subject");
        assertThat(Problems.fields(Problems.assertProblem(as("acme", "mgr").body(email("Hi {contact.email} {{x}}"))
                .post("/api/v1/mailings"), 422))).contains("body");
        Map<String, Object> push = email("Hello");
        push.put("channel", "PUSH");
        assertThat(Problems.fields(Problems.assertProblem(as("acme", "mgr").body(push).post("/api/v1/mailings"), 422)))
                .contains("channel");
        Map<String, Object> unknownOwner = email("Hello");
        unknownOwner.put("audience", Map.of("ownerId", "nobody-" + TestData.next()));
        assertThat(Problems.fields(Problems.assertProblem(as("acme", "adm").body(unknownOwner).post("/api/v1/mailings"), 422)))
                .contains("audience.ownerId");
    }

    @Test
    void anSmsThatCannotFitTwoSegmentsWithTheOptOutLine_isRefusedWith422_aShortOneIsAccepted() {
        Map<String, Object> sms = new HashMap<>();
        sms.put("channel", "SMS");
        sms.put("locale", "en");
        sms.put("body", "Spring sale: 10% off all orders this week. " + "More details in the shop. ".repeat(6));
        assertThat(Problems.fields(Problems.assertProblem(as("acme", "mgr").body(sms).post("/api/v1/mailings"), 422)))
                .contains("body");
        sms.put("body", "Spring sale: 10% off for {client.name} this week.");
        assertThat(created("mgr", sms).getString("mailing.channel")).isEqualTo("SMS");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKey_returnsTheSameMailing() {
        String key = "mailing-" + TestData.next();
        Map<String, Object> body = email("Hello");
        String first = as("acme", "mgr").header("Idempotency-Key", key).body(body).post("/api/v1/mailings")
                .then().statusCode(201).extract().path("mailing.id");
        String second = as("acme", "mgr").header("Idempotency-Key", key).body(body).post("/api/v1/mailings")
                .then().statusCode(201).extract().path("mailing.id");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void cancel_stopsAScheduledMailing_andIsIdempotent() {
        String id = created("mgr", email("Hello")).getString("mailing.id");
        assertThat(as("acme", "mgr").post("/api/v1/mailings/" + id + "/cancel").then().statusCode(200).extract()
                .jsonPath().getString("mailing.status")).isEqualTo("CANCELLED");
        assertThat(as("acme", "mgr").post("/api/v1/mailings/" + id + "/cancel").then().statusCode(200).extract()
                .jsonPath().getString("mailing.status")).isEqualTo("CANCELLED");
        assertThat(as("acme", "mgr").get("/api/v1/mailings/" + id).then().statusCode(200).extract()
                .jsonPath().getString("mailing.status")).isEqualTo("CANCELLED");
    }

    @Test
    void anUnknownMailingId_is404() {
        Problems.assertProblem(as("acme", "mgr").get("/api/v1/mailings/" + TestData.ulid()), 404);
        Problems.assertProblem(as("acme", "mgr").get("/api/v1/mailings/not-an-id"), 404);
    }
}
