package dev.fieldcrm.api.leads;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.DynamoDbLocalResource;
import dev.fieldcrm.core.dynamo.DynamoInboundLookups;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.InboundStatus;
import dev.fieldcrm.core.shared.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.InboundRequests.request;
import static dev.fieldcrm.api.support.InboundRequests.store;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The managers' list of inbound requests processing gave up on, and "retry now". */
@QuarkusTest
class FailedInboundApiTest {
    private static final String FAILED = "/api/v1/leads/failed";

    @Inject DynamoCalls calls;

    @BeforeEach
    void loggedIn() {
        for (String user : List.of("rep1", "mgr", "adm")) {
            dev.fieldcrm.api.support.Api.token("acme", user);
        }
        dev.fieldcrm.api.support.Api.token("globex", "gmgr");
    }

    @Test
    void aManagerListsTheTenantsFailedRequestsNewestFirst_pageByPage_oneQueryEach_withoutOthers() {
        Instant base = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        InboundRequest older = store("acme", request(base.minusSeconds(30), InboundStatus.FAILED));
        InboundRequest newer = store("acme", request(base.minusSeconds(20), InboundStatus.FAILED));
        InboundRequest newest = store("acme", request(base.minusSeconds(10), InboundStatus.FAILED));
        InboundRequest waiting = store("acme", request(base.minusSeconds(15), InboundStatus.RECEIVED));
        InboundRequest elsewhere = store("globex", request(base.minusSeconds(5), InboundStatus.FAILED));

        List<String> listed = new ArrayList<>();
        String cursor = null;
        do {
            calls.reset();
            var request = as("acme", "mgr").queryParam("limit", 2);
            JsonPath page = (cursor == null ? request : request.queryParam("cursor", cursor)).get(FAILED)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(calls.made()).containsExactly("Query");
            listed.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(listed).containsSubsequence(newest.id(), newer.id(), older.id())
                .doesNotContain(waiting.id(), elsewhere.id()).doesNotHaveDuplicates();
        JsonPath first = as("acme", "adm").get(FAILED + "?limit=200").then().statusCode(200).extract().jsonPath();
        int at = first.getList("items.id").indexOf(newest.id());
        assertThat(first.getString("items[" + at + "].channel")).isEqualTo("WEB_FORM");
        assertThat(first.getString("items[" + at + "].sourceName")).isEqualTo("Contact us");
        assertThat(first.getString("items[" + at + "].sourceId")).isEqualTo("form-1");
        assertThat(first.getInt("items[" + at + "].attempts")).isEqualTo(3);
        assertThat(first.getString("items[" + at + "].lastError")).isEqualTo("IllegalStateException: no one to assign");
        assertThat(first.getString("items[" + at + "].receivedAt")).isNotBlank();
        assertThat(first.getString("items[" + at + "].failedAt")).isNotBlank();
        assertThat(first.getMap("items[" + at + "]")).doesNotContainKeys("fields", "email", "phone", "tracking");
    }

    @Test
    void aRetry_putsTheRequestBackAsReceived_offTheList_withAnAudit_andARepeatChangesNothing() {
        InboundRequest failed = store("acme", request(Instant.now().truncatedTo(ChronoUnit.MILLIS), InboundStatus.FAILED));

        calls.reset();
        JsonPath retried = as("acme", "mgr").post(FAILED + "/" + failed.id() + "/retry").then().statusCode(200)
                .extract().jsonPath();
        assertThat(calls.made()).containsExactly("GetItem", "TransactWriteItems");
        assertThat(retried.getString("status")).isEqualTo("RECEIVED");
        InboundRequest stored = lookups().request("acme", failed.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(InboundStatus.RECEIVED);
        assertThat(stored.outcome()).isNull();
        assertThat(stored.attempts()).isEqualTo(3);
        assertThat(stored.version()).isEqualTo(failed.version() + 1);
        assertThat(auditItems("acme", failed.id())).singleElement().asString().contains("retried").contains("mgr");
        assertThat(as("acme", "mgr").get(FAILED + "?limit=200").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).doesNotContain(failed.id());

        calls.reset();
        as("acme", "adm").post(FAILED + "/" + failed.id() + "/retry").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("RECEIVED"));
        assertThat(calls.made()).containsExactly("GetItem");
        assertThat(lookups().request("acme", failed.id()).orElseThrow().version()).isEqualTo(stored.version());
    }

    @Test
    void aRep_isRefused403_anotherTenantsManager_andUnknownIds_get404_andNothingChanges() {
        InboundRequest failed = store("acme", request(Instant.now().truncatedTo(ChronoUnit.MILLIS), InboundStatus.FAILED));

        assertProblem(as("acme", "rep1").get(FAILED), 403);
        assertProblem(as("acme", "rep1").post(FAILED + "/" + failed.id() + "/retry"), 403);
        assertProblem(as("globex", "gmgr").post(FAILED + "/" + failed.id() + "/retry"), 404);
        assertThat(as("globex", "gmgr").get(FAILED + "?limit=200").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).doesNotContain(failed.id());
        assertProblem(as("acme", "mgr").post(FAILED + "/" + Ids.newId() + "/retry"), 404);
        assertProblem(as("acme", "mgr").post(FAILED + "/not-an-id/retry"), 404);
        assertProblem(as("acme", "mgr").get(FAILED + "?cursor=bm90LWEtY3Vyc29y"), 422);

        assertThat(lookups().request("acme", failed.id()).orElseThrow().version()).isEqualTo(failed.version());
    }

    private static List<Map<String, AttributeValue>> auditItems(String tenant, String requestId) {
        return DynamoDbLocalResource.client().query(q -> q.tableName(DynamoDbLocalResource.TABLE)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :audit)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("T#" + tenant + "#INBOUND#" + requestId),
                                ":audit", AttributeValue.fromS("AUDIT#"))))
                .items();
    }

    private static DynamoInboundLookups lookups() {
        return new DynamoInboundLookups(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE);
    }
}
