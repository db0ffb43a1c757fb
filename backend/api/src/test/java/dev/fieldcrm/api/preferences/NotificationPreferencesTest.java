package dev.fieldcrm.api.preferences;

import dev.fieldcrm.api.support.DynamoCalls;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class NotificationPreferencesTest {
    private static final String MINE = "/api/v1/me/notification-preferences";

    @Inject
    DynamoCalls calls;

    private static Map<String, Object> prefs(String digestAt, String timeZone) {
        Map<String, Object> body = new HashMap<>();
        body.put("channels", Map.of("MEETING", List.of("EMAIL", "SMS"), "DIGEST", List.of("PUSH")));
        body.put("digestAt", digestAt);
        body.put("meetingLeadMinutes", 15);
        body.put("quietFrom", "21:00");
        body.put("quietTo", "08:00");
        body.put("timeZone", timeZone);
        body.put("locale", "ru");
        body.put("smsPhone", "8 (912) 345-67-89");
        return body;
    }

    private static String etag(String tenant, String user) {
        return as(tenant, user).get(MINE).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aUserWhoNeverSavedAny_readsTheDefaults_withETagZero_inOneGetItem() {
        calls.reset();
        as("acme", "adm").get(MINE).then().statusCode(200).header("ETag", "\"0\"")
                .body("digestAt", equalTo("08:00")).body("meetingLeadMinutes", equalTo(30))
                .body("prolongationDaysBefore", equalTo(30)).body("muted", equalTo(false))
                .body("timeZone", nullValue()).body("channels.DIGEST", equalTo(List.of("EMAIL")));
        assertThat(calls.made()).containsExactly("GetItem");
    }

    @Test
    void aUserSavesOwnPreferencesWithIfMatch_theSecondStaleSaveIsRefusedWith412() {
        String tag = etag("acme", "rep2");
        String saved = as("acme", "rep2").header("If-Match", tag).body(prefs("07:30", "Asia/Vladivostok")).put(MINE)
                .then().statusCode(200).body("smsPhone", equalTo("+79123456789")).body("digestAt", equalTo("07:30"))
                .body("quietHours.from", equalTo("21:00")).body("channels.MEETING", hasItem("SMS"))
                .extract().header("ETag");
        assertThat(saved).isNotEqualTo(tag);
        as("acme", "rep2").get(MINE).then().header("ETag", saved).body("timeZone", equalTo("Asia/Vladivostok"));

        assertProblem(as("acme", "rep2").header("If-Match", tag).body(prefs("09:00", null)).put(MINE), 412);
        as("acme", "rep2").get(MINE).then().body("digestAt", equalTo("07:30"));
    }

    @Test
    void aSaveWithoutIfMatch_isRefusedWith428() {
        assertProblem(as("acme", "rep1").body(prefs("07:30", null)).put(MINE), 428);
    }

    @Test
    void aBadZoneTimeLocaleOrPhone_isRefusedWith422_listingEachField_andNothingIsSaved() {
        String tag = etag("acme", "rep3");
        Map<String, Object> bad = prefs("7am", "Mars/Olympus");
        bad.put("locale", "de");
        bad.put("smsPhone", "123");
        bad.put("quietTo", "24:30");
        var problem = assertProblem(as("acme", "rep3").header("If-Match", tag).body(bad).put(MINE), 422);

        assertThat(fields(problem)).contains("digestAt", "timeZone", "locale", "smsPhone", "quietTo");
        as("acme", "rep3").get(MINE).then().header("ETag", tag);
    }

    @Test
    void aManagerReadsATeamMembersPreferences_butNotAnotherTeams_andAnAdminReadsAnyone() {
        as("acme", "mgr").get("/api/v1/users/rep1/notification-preferences").then().statusCode(200)
                .body("userId", equalTo("rep1"));
        assertProblem(as("acme", "mgr").get("/api/v1/users/rep3/notification-preferences"), 404);
        as("acme", "adm").get("/api/v1/users/rep3/notification-preferences").then().statusCode(200)
                .body("userId", equalTo("rep3"));
    }

    @Test
    void aRepCannotReadAnotherRepsPreferences_andNobodyReadsAcrossTenants() {
        assertProblem(as("acme", "rep1").get("/api/v1/users/rep2/notification-preferences"), 403);
        assertProblem(as("acme", "adm").get("/api/v1/users/grep/notification-preferences"), 404);
        assertProblem(as("globex", "gmgr").get("/api/v1/users/rep1/notification-preferences"), 404);
    }

    @Test
    void nobodyWritesAnothersPreferences_thereIsNoSuchEndpoint() {
        var response = as("acme", "mgr").header("If-Match", "\"0\"").body(prefs("07:00", null))
                .put("/api/v1/users/rep1/notification-preferences");
        assertThat(response.statusCode()).isEqualTo(405);
        as("acme", "mgr").get("/api/v1/users/rep1/notification-preferences").then().body("digestAt", equalTo("08:00"));
    }
}
