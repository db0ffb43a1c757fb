package dev.fieldcrm.api.informing;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Fetch;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.informing.PublicLinks;
import dev.fieldcrm.core.informing.SurveyInvitation;
import dev.fieldcrm.core.informing.SurveySettings;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.SmsSegments;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.store.ChangeSet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Satisfaction surveys: sending (who may), the public single-use page, the card summary and the team report. */
@QuarkusTest
class SurveyApiTest {
    private static final String PAGE = "/api/v1/public/surveys/";

    @Inject
    PublicLinks links;
    @Inject
    DynamoDbClient dynamo;
    @Inject
    FieldCrmConfig config;
    @Inject
    DynamoCalls calls;

    private static List<Map<String, Object>> sent(String user, String clientId, Map<String, Object> body) {
        return as("acme", user).body(body).post("/api/v1/clients/" + clientId + "/surveys")
                .then().statusCode(201).extract().jsonPath().getList("$");
    }

    private String token(String clientId, String invitationId) {
        String url = links.survey("acme", clientId, invitationId, Channel.EMAIL, Instant.now());
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void theOwningRep_sendsTheSurvey_toConsentingContactsOnly_othersGet404() {
        String clientId = Given.client("rep1");
        String consenting = Contacts.add("rep1", clientId, true, false).getString("id");
        Contacts.add("rep1", clientId, false, true);
        List<Map<String, Object>> invitations = sent("rep1", clientId, Map.of("channel", "EMAIL", "locale", "en"));
        assertThat(invitations).extracting(i -> i.get("contactId")).containsExactly(consenting);
        assertThat(invitations.getFirst().get("expiresAt")).isNotNull();

        Problems.assertProblem(as("acme", "rep2").body(Map.of("channel", "EMAIL")).post("/api/v1/clients/" + clientId + "/surveys"), 404);
        Problems.assertProblem(as("globex", "grep").body(Map.of("channel", "EMAIL")).post("/api/v1/clients/" + clientId + "/surveys"), 404);
        Problems.assertProblem(as("globex", "gmgr").body(Map.of("channel", "EMAIL")).post("/api/v1/clients/" + clientId + "/surveys"), 404);
        assertThat(sent("mgr", clientId, Map.of("channel", "EMAIL"))).hasSize(1);
    }

    @Test
    void aSurveyToNoConsentingContact_orANonConsentingOne_isRefusedWith422() {
        String clientId = Given.client("rep1");
        String smsOnly = Contacts.add("rep1", clientId, false, true).getString("id");
        Problems.assertProblem(as("acme", "rep1").body(Map.of("channel", "EMAIL")).post("/api/v1/clients/" + clientId + "/surveys"), 422);
        assertThat(Problems.fields(Problems.assertProblem(as("acme", "rep1").body(Map.of("channel", "EMAIL", "contactIds", List.of(smsOnly)))
                .post("/api/v1/clients/" + clientId + "/surveys"), 422))).containsExactly("contactIds[0]");
    }

    @Test
    void thePublicPage_needsNoToken_storesTheAnswerOnce_andTheCardShowsTheLatestScore() {
        String clientId = Given.client("rep1");
        Contacts.add("rep1", clientId, true, false);
        String invitationId = (String) sent("rep1", clientId, Map.of("channel", "EMAIL", "locale", "en")).getFirst().get("id");
        String token = token(clientId, invitationId);

        calls.reset();
        String form = RestAssured.given().get(PAGE + token).then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(calls.made()).containsExactly("GetItem");
        assertThat(form).contains("How satisfied are you").contains("name=\"overall\"").contains("name=\"rep\"");

        calls.reset();
        RestAssured.given().contentType("application/x-www-form-urlencoded")
                .formParam("overall", "5").formParam("rep", "4").formParam("comment", "Fast <b>delivery</b>")
                .post(PAGE + token).then().statusCode(200);
        assertThat(calls.made()).containsExactly("GetItem", "GetItem", "TransactWriteItems");

        JsonPath card = Fetch.card("rep1", clientId);
        assertThat(card.getString("survey.latestScore")).isEqualTo("4.50");
        assertThat(card.getString("survey.recent[0].comment")).isEqualTo("Fast <b>delivery</b>");

        RestAssured.given().contentType("application/x-www-form-urlencoded").formParam("overall", "1").formParam("rep", "1")
                .post(PAGE + token).then().statusCode(409);
        RestAssured.given().get(PAGE + token).then().statusCode(409);
        assertThat(Fetch.card("rep1", clientId).getString("survey.latestScore")).isEqualTo("4.50");
    }

    @Test
    void aRussianSurveyBySms_carriesItsWholeShortLink_whichOpensThePage_andRefusesTamperedOrExpiredTokens() {
        String clientId = Given.client("rep1");
        String contactId = Contacts.add("rep1", clientId, false, true).getString("id");
        Map<String, Object> invitation = sent("rep1", clientId, Map.of("channel", "SMS", "locale", "ru")).getFirst();
        String url = links.survey("acme", clientId, (String) invitation.get("id"), Channel.SMS,
                Instant.parse((String) invitation.get("createdAt")));
        String sms = PublicLinks.surveySms("ru", url);
        assertThat(url).startsWith("http://localhost:8080/s/");
        assertThat(SmsSegments.of(sms).ucs2()).isTrue();
        assertThat(SmsSegments.of(sms).segments()).isLessThanOrEqualTo(SmsSegments.MAX_SEGMENTS);

        String token = url.substring(url.lastIndexOf('/') + 1);
        String page = shortRouteTarget("/s/" + token);
        assertThat(page).isEqualTo("http://localhost:8080" + PAGE + token);
        calls.reset();
        RestAssured.given().get(PAGE + token).then().statusCode(200).contentType("text/html");

        String tampered = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
        RestAssured.given().get(URI.create(shortRouteTarget("/s/" + tampered)).getPath()).then().statusCode(400);
        Instant past = Instant.now().minus(40, ChronoUnit.DAYS);
        SurveyInvitation expired = new SurveyInvitation(Ids.newId(), clientId, "Client", contactId, "Анна", "rep1", "east",
                Channel.SMS, "+79160000000", "ru", SurveySettings.defaults().questions(), "rep1", past,
                past.plus(30, ChronoUnit.DAYS), null, 1);
        new DynamoChangeWriter(dynamo, config.table()).apply("acme", new ChangeSet().create(expired));
        String expiredUrl = links.survey("acme", clientId, expired.id(), Channel.SMS, past);
        RestAssured.given().get(URI.create(shortRouteTarget(URI.create(expiredUrl).getPath())).getPath()).then().statusCode(410);
    }

    /** Where a short route redirects to (303, not followed: the test server is not on the configured base URL's port). */
    private static String shortRouteTarget(String path) {
        return RestAssured.given().redirects().follow(false).get(path).then().statusCode(303).extract().header("Location");
    }

    @Test
    void twoConcurrentSubmits_storeExactlyOneAnswer() throws Exception {
        String clientId = Given.client("rep1");
        Contacts.add("rep1", clientId, true, false);
        String invitationId = (String) sent("rep1", clientId, Map.of("channel", "EMAIL")).getFirst().get("id");
        String token = token(clientId, invitationId);
        Instant from = Instant.now().minusSeconds(5);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> outcomes = new ArrayList<>();
        for (int score = 2; score <= 3; score++) {
            String value = String.valueOf(score);
            Callable<Integer> submit = () -> {
                start.await();
                return RestAssured.given().contentType("application/x-www-form-urlencoded")
                        .formParam("overall", value).formParam("rep", value).post(PAGE + token).statusCode();
            };
            outcomes.add(pool.submit(submit));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : outcomes) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);

        List<Map<String, Object>> answers = as("acme", "mgr").get("/api/v1/surveys?from=" + from + "&to=" + Instant.now().plusSeconds(5))
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(answers).filteredOn(a -> invitationId.equals(a.get("invitationId"))).hasSize(1);
    }

    @Test
    void anExpiredLink_is410_aForgedOne_400_andAWrongScore_422() {
        String clientId = Given.client("rep1");
        String contactId = Contacts.add("rep1", clientId, true, false).getString("id");
        Instant past = Instant.now().minus(40, ChronoUnit.DAYS);
        SurveyInvitation expired = new SurveyInvitation(Ids.newId(), clientId, "Client", contactId, "Anna", "rep1", "east",
                Channel.EMAIL, "anna@example.com", "en", SurveySettings.defaults().questions(), "rep1", past,
                past.plus(30, ChronoUnit.DAYS), null, 1);
        new DynamoChangeWriter(dynamo, config.table()).apply("acme", new ChangeSet().create(expired));
        RestAssured.given().get(PAGE + token(clientId, expired.id())).then().statusCode(410);

        String token = token(clientId, (String) sent("rep1", clientId, Map.of("channel", "EMAIL")).getFirst().get("id"));
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        String invalid = RestAssured.given().get(PAGE + forged).then().statusCode(400).extract().asString();
        assertThat(invalid).doesNotContain(clientId).doesNotContain("acme");
        RestAssured.given().contentType("application/x-www-form-urlencoded").formParam("overall", "9").formParam("rep", "3")
                .post(PAGE + token).then().statusCode(422);
        RestAssured.given().get(PAGE + token).then().statusCode(200);
    }

    @Test
    void surveySettings_adminsChangeThemWithIfMatch_managersRead_repsAreRefused() {
        JsonPath current = as("acme", "adm").get("/api/v1/survey-settings").then().statusCode(200).extract().jsonPath();
        long version = current.getLong("version");
        Map<String, Object> body = Map.of("questions", List.of(
                Map.of("id", "overall", "ru", "Насколько вы довольны работой с нами?", "en", "How satisfied are you with working with us?"),
                Map.of("id", "rep", "ru", "Как вы оцениваете работу вашего менеджера?", "en", "How do you rate your account manager?")),
                "validDays", 30);
        Problems.assertProblem(as("acme", "adm").body(body).put("/api/v1/survey-settings"), 428);
        Problems.assertProblem(as("acme", "mgr").header("If-Match", "\"" + version + "\"").body(body).put("/api/v1/survey-settings"), 403);
        Problems.assertProblem(as("acme", "rep1").get("/api/v1/survey-settings"), 403);
        Problems.assertProblem(as("acme", "adm").header("If-Match", "\"" + version + "\"")
                .body(Map.of("questions", List.of(Map.of("id", "a", "ru", "x", "en", "x"), Map.of("id", "a", "ru", "y", "en", "y"))))
                .put("/api/v1/survey-settings"), 422);
        long updated = as("acme", "adm").header("If-Match", "\"" + version + "\"").body(body).put("/api/v1/survey-settings")
                .then().statusCode(200).extract().jsonPath().getLong("version");
        assertThat(updated).isEqualTo(version + 1);
        Problems.assertProblem(as("acme", "adm").header("If-Match", "\"" + version + "\"").body(body).put("/api/v1/survey-settings"), 412);
        assertThat(as("acme", "mgr").get("/api/v1/survey-settings").then().statusCode(200).extract().jsonPath()
                .getLong("version")).isEqualTo(updated);
        // Another tenant's settings are its own.
        assertThat(as("globex", "gmgr").get("/api/v1/survey-settings").then().statusCode(200).extract().jsonPath()
                .getLong("version")).isZero();
    }

    @Test
    void theReport_isForManagersOfTheTeam_withTheAverage_otherTenantsSeeNone_repsAreRefused() {
        Instant from = Instant.now().minusSeconds(2);
        String clientId = Given.client("rep1");
        Contacts.add("rep1", clientId, true, false);
        Contacts.add("rep1", clientId, true, false);
        List<Map<String, Object>> invitations = sent("rep1", clientId, Map.of("channel", "EMAIL"));
        int score = 1;
        for (Map<String, Object> invitation : invitations) {
            String value = String.valueOf(score);
            RestAssured.given().contentType("application/x-www-form-urlencoded").formParam("overall", value)
                    .formParam("rep", value).post(PAGE + token(clientId, (String) invitation.get("id"))).then().statusCode(200);
            score += 2;
        }
        String to = Instant.now().plusSeconds(2).toString();
        JsonPath report = as("acme", "mgr").get("/api/v1/surveys?from=" + from + "&to=" + to).then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getList("items.clientId")).contains(clientId, clientId);
        List<Map<String, Object>> mine = report.<Map<String, Object>>getList("items").stream()
                .filter(a -> clientId.equals(a.get("clientId"))).toList();
        assertThat(mine).extracting(a -> a.get("score")).containsExactlyInAnyOrder("1.00", "3.00");
        assertThat(report.getString("averageScore")).isNotNull();
        assertThat(as("acme", "adm").get("/api/v1/surveys?from=" + from + "&to=" + to).then().statusCode(200)
                .extract().jsonPath().getList("items.clientId")).contains(clientId);
        assertThat(as("globex", "gmgr").get("/api/v1/surveys?from=" + from + "&to=" + to).then().statusCode(200)
                .extract().jsonPath().getList("items.clientId")).doesNotContain(clientId);
        Problems.assertProblem(as("acme", "rep1").get("/api/v1/surveys?from=" + from + "&to=" + to), 403);
        Problems.assertProblem(as("acme", "mgr").get("/api/v1/surveys?from=" + to + "&to=" + from), 422);
    }
}
