package dev.fieldcrm.api.notify;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.notify.SuppressionReason;
import dev.fieldcrm.core.notify.Suppressions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The admin's suppression list: GET/POST/DELETE /api/v1/suppressions. */
@QuarkusTest
class SuppressionTest {
    @Inject DynamoCalls calls;
    @Inject Suppressions suppressions;

    private static List<String> allAddresses(String tenant, String user) {
        List<String> addresses = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(tenant, user).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/suppressions").then().statusCode(200).extract().jsonPath();
            addresses.addAll(page.getList("items.address"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return addresses;
    }

    @Test
    void anAdminAddsAnAddress_whichIsStoredNormalised_asAManualEntryByThatAdmin() {
        String email = TestData.email();

        calls.reset();
        as("acme", "adm").body(Map.of("address", "  " + email + " ")).post("/api/v1/suppressions")
                .then().statusCode(200)
                .body("address", equalTo(email.toLowerCase()))
                .body("reason", equalTo("MANUAL"))
                .body("source", equalTo("user:adm"));

        assertThat(calls.made()).containsExactly("PutItem");
        assertThat(allAddresses("acme", "adm")).contains(email.toLowerCase());
        assertThat(suppressions.isSuppressed("acme", email)).isPresent();
    }

    @Test
    void aPhoneNumber_isStoredInE164() {
        String phone = TestData.phone();

        as("acme", "adm").body(Map.of("address", phone)).post("/api/v1/suppressions")
                .then().statusCode(200).body("address", equalTo(TestData.e164(phone)));
    }

    @Test
    void addingAnAddressAlreadyOnTheList_keepsItsFirstEntry() {
        String email = TestData.email();
        suppressions.suppress("acme", email, SuppressionReason.BOUNCE, "ses:0100018c");

        as("acme", "adm").body(Map.of("address", email)).post("/api/v1/suppressions")
                .then().statusCode(200).body("reason", equalTo("BOUNCE")).body("source", equalTo("ses:0100018c"));
    }

    @Test
    void anAdminRemovesAnAddress_inAnySpelling_andRemovingItAgainIs404() {
        String email = TestData.email();
        suppressions.suppress("acme", email, SuppressionReason.UNSUBSCRIBE, "link");

        calls.reset();
        as("acme", "adm").delete("/api/v1/suppressions/" + email.toUpperCase()).then().statusCode(204);
        assertThat(calls.made()).containsExactly("DeleteItem");

        assertThat(suppressions.isSuppressed("acme", email)).isEmpty();
        Problems.assertProblem(as("acme", "adm").delete("/api/v1/suppressions/" + email), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an address", "anna@", "12"})
    void anAddressThatIsNoEmailOrPhone_isRefusedWith422(String address) {
        JsonPath problem = Problems.assertProblem(as("acme", "adm").body(Map.of("address", address))
                .post("/api/v1/suppressions"), 422);

        assertThat(Problems.fields(problem)).containsExactly("address");
    }

    @Test
    void aMissingAddress_isRefusedWith422() {
        JsonPath problem = Problems.assertProblem(as("acme", "adm").body(Map.of()).post("/api/v1/suppressions"), 422);

        assertThat(Problems.fields(problem)).contains("address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rep1", "mgr"})
    void repsAndManagers_cannotReadOrChangeTheList(String user) {
        String email = TestData.email();
        suppressions.suppress("acme", email, SuppressionReason.MANUAL, "test");

        Problems.assertProblem(as("acme", user).get("/api/v1/suppressions"), 403);
        Problems.assertProblem(as("acme", user).body(Map.of("address", TestData.email())).post("/api/v1/suppressions"), 403);
        Problems.assertProblem(as("acme", user).delete("/api/v1/suppressions/" + email), 403);
        assertThat(suppressions.isSuppressed("acme", email)).isPresent();
    }

    @Test
    void anotherTenantsEntries_areNeitherListedNorRemovable() {
        String email = TestData.email();
        suppressions.suppress("globex", email, SuppressionReason.COMPLAINT, "ses:x");

        assertThat(allAddresses("acme", "adm")).doesNotContain(email.toLowerCase());
        Problems.assertProblem(as("acme", "adm").delete("/api/v1/suppressions/" + email), 404);
        assertThat(suppressions.isSuppressed("globex", email)).isPresent();
        assertThat(suppressions.isSuppressed("acme", email)).isEmpty();
    }

    @Test
    void theListIsPaged_byAQueryOnTheTenantsPartition() {
        for (int i = 0; i < 3; i++) {
            suppressions.suppress("acme", TestData.email(), SuppressionReason.MANUAL, "test");
        }

        calls.reset();
        JsonPath page = as("acme", "adm").queryParam("limit", 2).get("/api/v1/suppressions")
                .then().statusCode(200).extract().jsonPath();

        assertThat(page.getList("items")).hasSize(2);
        assertThat(page.getString("nextCursor")).isNotNull();
        assertThat(calls.made()).containsExactly("Query");
    }
}
