package dev.fieldcrm.api.leads;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Api.token;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class LeadSettingsApiTest {
    private static final String SETTINGS = "/api/v1/lead-settings";

    @Inject
    UserStore users;
    @Inject
    DynamoCalls calls;

    /** A tenant of its own per test (the settings are one item per tenant): adm, mgr, rep (team north). */
    private String tenant;

    @BeforeEach
    void freshTenant() {
        tenant = "leads-" + TestData.next();
        users.save(tenant, user("adm", Role.ADMIN));
        users.save(tenant, user("mgr", Role.MANAGER));
        users.save(tenant, user("rep", Role.REP));
    }

    private static User user(String id, Role role) {
        return new User(id, id, id + "@example.com", Set.of(role), "north", "Europe/Moscow", "en", true, 1);
    }

    private Response put(String user, String ifMatch, Map<String, Object> body) {
        var request = as(tenant, user).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(SETTINGS);
    }

    private static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("phoneRegion", "KZ");
        body.put("createAs", "CLIENT");
        body.put("slaMinutes", 30);
        body.put("workingHours", hours("Asia/Almaty", "08:00", "17:00", List.of("MONDAY", "TUESDAY", "SATURDAY")));
        body.put("territoryRules", List.of(
                Map.of("country", "KZ", "city", "Алматы", "userId", "rep"),
                Map.of("region", "Astana", "teamId", "north")));
        body.put("roundRobin", Map.of("userIds", List.of("rep", "mgr")));
        return body;
    }

    private static Map<String, Object> hours(String zone, String opens, String closes, List<String> days) {
        return Map.of("timeZone", zone, "opens", opens, "closes", closes, "days", days);
    }

    @Test
    void theDefaults_areVersion0_readByManagersAndAdmins_notByReps() {
        JsonPath settings = as(tenant, "mgr").get(SETTINGS).then().statusCode(200).header("ETag", "\"0\"")
                .extract().jsonPath();
        assertThat(settings.getString("phoneRegion")).isEqualTo("RU");
        assertThat(settings.getString("createAs")).isEqualTo("LEAD");
        assertThat(settings.getInt("slaMinutes")).isEqualTo(15);
        assertThat(settings.getString("workingHours.timeZone")).isEqualTo("Europe/Moscow");
        assertThat(settings.getString("workingHours.opens")).isEqualTo("09:00");
        assertThat(settings.getString("workingHours.closes")).isEqualTo("18:00");
        assertThat(settings.getList("workingHours.days")).containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        assertThat(settings.getList("territoryRules")).isEmpty();
        assertThat(settings.getList("roundRobin.userIds")).isEmpty();
        as(tenant, "adm").get(SETTINGS).then().statusCode(200);
        assertProblem(as(tenant, "rep").get(SETTINGS), 403);
    }

    @Test
    void onlyAnAdmin_changesThem() {
        assertProblem(put("mgr", "\"0\"", body()), 403);
        assertProblem(put("rep", "\"0\"", body()), 403);
        as(tenant, "adm").get(SETTINGS).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void anAdminStoresThem_withVersions_staleWritesGet412_missingIfMatch428_andTheChangeIsAudited() {
        assertProblem(put("adm", null, body()), 428);
        assertProblem(put("adm", "\"3\"", body()), 412);
        JsonPath stored = put("adm", "\"0\"", body()).then().statusCode(200).header("ETag", "\"1\"").extract().jsonPath();
        assertThat(stored.getString("phoneRegion")).isEqualTo("KZ");
        assertThat(stored.getString("createAs")).isEqualTo("CLIENT");
        assertThat(stored.getList("workingHours.days")).containsExactly("MONDAY", "TUESDAY", "SATURDAY");
        assertThat(stored.getString("territoryRules[0].city")).isEqualTo("Алматы");
        assertThat(stored.getString("territoryRules[1].teamId")).isEqualTo("north");
        assertThat(stored.getList("roundRobin.userIds")).containsExactly("rep", "mgr");

        Map<String, Object> faster = body();
        faster.put("slaMinutes", 5);
        put("adm", "\"1\"", faster).then().statusCode(200).header("ETag", "\"2\"");
        var stale = assertProblem(put("adm", "\"1\"", body()), 412);
        assertThat(stale.getLong("currentVersion")).isEqualTo(2);

        JsonPath read = as(tenant, "mgr").get(SETTINGS).then().statusCode(200).header("ETag", "\"2\"").extract().jsonPath();
        assertThat(read.getInt("slaMinutes")).isEqualTo(5);
        assertThat(read.getString("workingHours.opens")).isEqualTo("08:00");

        List<Map<String, Object>> history = as(tenant, "adm").queryParam("limit", 50).get("/api/v1/sales-settings/history")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(history).extracting(e -> e.get("entity")).containsOnly("lead-settings");
        assertThat(history).extracting(e -> e.get("action")).as("newest first").containsExactly("changed", "changed");
        assertThat(history).extracting(e -> e.get("actorId")).containsOnly("adm");
    }

    @Test
    void unknownUsersAndTeams_aBadRegion_andBadHours_are422_withEveryField_andNothingIsStored() {
        Map<String, Object> bad = body();
        bad.put("phoneRegion", "XX");
        bad.put("workingHours", hours("Mars/Olympus", "18:00", "09:00", List.of("MONDAY", "MONDAY")));
        bad.put("territoryRules", List.of(
                Map.of("city", "Omsk", "userId", "ghost"),
                Map.of("city", "Tomsk", "teamId", "south"),
                Map.of("userId", "rep"),
                Map.of("city", "Perm", "userId", "rep", "teamId", "north")));
        bad.put("roundRobin", Map.of("userIds", List.of("nobody"), "teamId", "north"));
        JsonPath problem = assertProblem(put("adm", "\"0\"", bad), 422);
        assertThat(fields(problem)).contains("phoneRegion", "workingHours.timeZone", "workingHours.closes",
                "workingHours.days", "territoryRules[0].userId", "territoryRules[1].teamId", "territoryRules[2]",
                "territoryRules[3]", "roundRobin", "roundRobin.userIds[0]");

        Map<String, Object> badTime = body();
        badTime.put("workingHours", hours("Europe/Moscow", "9:00", "25:00", List.of("MONDAY")));
        assertThat(fields(assertProblem(put("adm", "\"0\"", badTime), 422)))
                .contains("workingHours.opens", "workingHours.closes");

        Map<String, Object> badValues = body();
        badValues.put("slaMinutes", -1);
        badValues.put("workingHours", hours("Europe/Moscow", "09:00", "18:00", List.of()));
        assertThat(fields(assertProblem(put("adm", "\"0\"", badValues), 422))).contains("slaMinutes", "workingHours.days");

        Map<String, Object> unknownKind = body();
        unknownKind.put("createAs", "PARTNER");
        assertThat(fields(assertProblem(put("adm", "\"0\"", unknownKind), 400))).containsExactly("createAs");

        as(tenant, "adm").get(SETTINGS).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void anotherTenant_neitherSeesTheSettings_norMayNameItsUsers() {
        put("adm", "\"0\"", body()).then().statusCode(200);
        JsonPath globex = as("globex", "gmgr").get(SETTINGS).then().statusCode(200).header("ETag", "\"0\"").extract().jsonPath();
        assertThat(globex.getString("phoneRegion")).isEqualTo("RU");

        // globex has no user "rep" (nor team "north"): a rule naming our users is refused there.
        users.save("globex-" + tenant, user("gadm", Role.ADMIN));
        Map<String, Object> naming = body();
        naming.put("territoryRules", List.of(Map.of("city", "Omsk", "userId", "rep")));
        naming.remove("roundRobin");
        JsonPath problem = assertProblem(as("globex-" + tenant, "gadm").header("If-Match", "\"0\"").body(naming).put(SETTINGS), 422);
        assertThat(fields(problem)).containsExactly("territoryRules[0].userId");
    }

    @Test
    void readingCostsOneGetItem_storingAGetItemAQueryAndOneTransaction() {
        token(tenant, "mgr");
        token(tenant, "adm");
        calls.reset();
        as(tenant, "mgr").get(SETTINGS).then().statusCode(200);
        assertThat(calls.made()).containsExactly("GetItem");
        calls.reset();
        put("adm", "\"0\"", body()).then().statusCode(200);
        assertThat(calls.made()).containsExactly("GetItem", "Query", "TransactWriteItems");
    }
}
