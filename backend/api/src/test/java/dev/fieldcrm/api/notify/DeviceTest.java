package dev.fieldcrm.api.notify;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** {@code /api/v1/me/devices}: a user's own push devices. */
@QuarkusTest
class DeviceTest {
    private static final String DEVICES = "/api/v1/me/devices";

    @Inject
    DynamoCalls calls;

    /** The users are shared by all test classes: start each test with no devices. */
    @BeforeEach
    void noDevices() {
        for (String[] user : List.of(new String[]{"acme", "rep1"}, new String[]{"acme", "rep2"}, new String[]{"globex", "grep"})) {
            List<String> ids = as(user[0], user[1]).get(DEVICES).then().statusCode(200).extract().path("items.id");
            ids.forEach(id -> as(user[0], user[1]).delete(DEVICES + "/" + id).then().statusCode(204));
        }
    }

    private static Map<String, Object> android(String token) {
        return Map.of("platform", "ANDROID", "token", token);
    }

    @Test
    void aRepRegistersADevice_andSeesItWithoutTokenOrEndpoint() {
        as("acme", "rep1").body(android("fcm-token-1")).put(DEVICES + "/install-1")
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo("install-1")).body("platform", equalTo("ANDROID"))
                .body("enabled", equalTo(true)).body("pushReady", equalTo(false));

        calls.reset();
        String body = as("acme", "rep1").get(DEVICES).then().statusCode(200)
                .body("items.id", equalTo(List.of("install-1"))).extract().asString();

        assertThat(body).doesNotContain("fcm-token-1").doesNotContain("endpoint");
        assertThat(calls.made()).containsExactly("Query");
    }

    @Test
    void registeringTheSameTokenAgain_isIdempotent_andANewTokenUpdatesTheDevice() {
        as("acme", "rep1").body(android("t1")).put(DEVICES + "/install-1").then().statusCode(200);

        calls.reset();
        as("acme", "rep1").body(android("t1")).put(DEVICES + "/install-1").then().statusCode(200).header("ETag", "\"1\"");
        assertThat(calls.made()).containsExactly("GetItem");

        as("acme", "rep1").body(android("t2")).put(DEVICES + "/install-1").then().statusCode(200).header("ETag", "\"2\"");
        as("acme", "rep1").get(DEVICES).then().body("items", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void aNewDevice_costsAGetItemOfTheDeviceAGetItemOfTheRosterAQueryOfTheUsersDevicesAndOneTransaction() {
        calls.reset();

        as("acme", "rep1").body(android("t1")).put(DEVICES + "/install-1").then().statusCode(200);

        assertThat(calls.made()).containsExactly("GetItem", "GetItem", "Query", "TransactWriteItems");
    }

    @Test
    void badRegistrations_areRefused_andNothingIsStored() {
        // an unknown enum value is an unreadable body (the API's rule for every enum): 400 naming the field
        JsonPath platform = Problems.assertProblem(as("acme", "rep1").body(Map.of("platform", "WINDOWS", "token", "t"))
                .put(DEVICES + "/install-1"), 400);
        assertThat(Problems.fields(platform)).containsExactly("platform");

        JsonPath token = Problems.assertProblem(as("acme", "rep1").body(Map.of("platform", "IOS", "token", " "))
                .put(DEVICES + "/install-1"), 422);
        assertThat(Problems.fields(token)).contains("token");

        JsonPath id = Problems.assertProblem(as("acme", "rep1").body(android("t")).put(DEVICES + "/bad.id"), 422);
        assertThat(Problems.fields(id)).containsExactly("deviceId");

        as("acme", "rep1").get(DEVICES).then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void theEleventhDevice_isRefusedWith422() {
        for (int i = 1; i <= 10; i++) {
            as("acme", "rep1").body(android("t" + i)).put(DEVICES + "/install-" + i).then().statusCode(200);
        }

        JsonPath problem = Problems.assertProblem(as("acme", "rep1").body(android("t11")).put(DEVICES + "/install-11"), 422);

        assertThat(Problems.fields(problem)).containsExactly("deviceId");
        as("acme", "rep1").get(DEVICES).then().body("items", org.hamcrest.Matchers.hasSize(10));
    }

    @Test
    void unregistering_removesTheDevice_andASecondTimeIs404() {
        as("acme", "rep1").body(android("t1")).put(DEVICES + "/install-1").then().statusCode(200);

        as("acme", "rep1").delete(DEVICES + "/install-1").then().statusCode(204);

        as("acme", "rep1").get(DEVICES).then().body("items", org.hamcrest.Matchers.empty());
        Problems.assertProblem(as("acme", "rep1").delete(DEVICES + "/install-1"), 404);
    }

    @Test
    void anotherRep_neitherSeesNorRemovesTheDevice() {
        as("acme", "rep1").body(android("t1")).put(DEVICES + "/install-1").then().statusCode(200);

        as("acme", "rep2").get(DEVICES).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        Problems.assertProblem(as("acme", "rep2").delete(DEVICES + "/install-1"), 404);

        // the same device id under rep2 is rep2's own device, not rep1's
        as("acme", "rep2").body(android("t-rep2")).put(DEVICES + "/install-1").then().statusCode(200).header("ETag", "\"1\"");
        as("acme", "rep1").get(DEVICES).then().body("items.version", equalTo(List.of(1)));
    }

    @Test
    void aUserOfAnotherTenant_neitherSeesNorRemovesTheDevice() {
        as("acme", "rep1").body(android("t1")).put(DEVICES + "/install-1").then().statusCode(200);

        as("globex", "grep").get(DEVICES).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        Problems.assertProblem(as("globex", "grep").delete(DEVICES + "/install-1"), 404);
        as("acme", "rep1").get(DEVICES).then().body("items.id", equalTo(List.of("install-1")));
    }
}
