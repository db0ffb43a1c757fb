package dev.fieldcrm.api.security.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.api.auth.LocalTokens;
import dev.fieldcrm.api.security.ArrangedClientAccess;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API3 (mass assignment), per operation and field: every create/update body of the document is sent with each
 * server-owned field (tenant, owner, assignee, version, timestamps, id, lifecycle status) set to a foreign value.
 * A field the schema does not declare must be refused with a 400 naming it (the body is refused whole, so nothing
 * is stored); a field the schema does declare is a rule of the feature, and its row names the test that holds it.
 */
@QuarkusTest
class MassAssignmentTest {
    private static final String SECTION = "mass-assignment";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Server-owned fields and a foreign value for each: another tenant, another rep, a forged version or time. */
    static final Map<String, JsonNode> SERVER_OWNED = new LinkedHashMap<>();
    /** Server-owned fields some schemas declare on purpose, and the test that holds who may set them there. */
    private static final Map<String, String> DECLARED_RULES = Map.of(
            "assigneeId", "only within the team, a rep only to self on PATCH: NextStepTest",
            "ownerId", "managers/admins only: MassAssignmentTest (clients), DealAccessTest, LeadInboxTest",
            "status", "the reviewer's own mark, not a lifecycle state: HygieneReview tests");

    static {
        SERVER_OWNED.put("tenantId", JSON.textNode("globex"));
        SERVER_OWNED.put("ownerId", JSON.textNode("rep2"));
        SERVER_OWNED.put("owner", JSON.textNode("rep2"));
        SERVER_OWNED.put("assigneeId", JSON.textNode("rep2"));
        SERVER_OWNED.put("version", JSON.numberNode(99));
        SERVER_OWNED.put("createdAt", JSON.textNode("2001-01-01T00:00:00Z"));
        SERVER_OWNED.put("createdBy", JSON.textNode("rep2"));
        SERVER_OWNED.put("updatedAt", JSON.textNode("2001-01-01T00:00:00Z"));
        SERVER_OWNED.put("id", JSON.textNode("forged-id"));
        SERVER_OWNED.put("status", JSON.textNode("CONFIRMED"));
    }

    @Inject
    LocalTokens tokens;

    static Stream<Arguments> forgedFields() {
        List<Arguments> cases = new ArrayList<>();
        for (ApiOperation operation : OpenApiDocument.get().operations()) {
            if (!operation.takesJsonBody() || operation.isPublic()) {
                continue;
            }
            for (String field : SERVER_OWNED.keySet()) {
                cases.add(Arguments.of(operation, field));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("forgedFields")
    void aServerOwnedField_isRefusedByName_unlessTheSchemaDeclaresIt(ApiOperation operation, String field) {
        JsonNode declared = SchemaSamples.properties(operation.bodySchema());
        if (declared.has(field)) {
            String rule = DECLARED_RULES.get(field);
            assertThat(rule).as("%s declares %s: name the rule on who may set it in DECLARED_RULES", operation, field)
                    .isNotNull();
            SecurityReport.row(SECTION, operation.key(), field, "declared by the schema", rule);
            return;
        }
        Response response = FuzzTenant.request(tokens).contentType("application/json").header("If-Match", "\"1\"")
                .body(forged(field).toString()).request(operation.method(), FuzzTenant.url(operation));

        assertUnknownFieldRefused(operation, field, response);
        SecurityReport.row(SECTION, operation.key(), field, Integer.toString(response.statusCode()),
                "refused: unknown field, nothing stored");
    }

    /**
     * Read back through the API: rep1 updates its own client with forged owner, tenant and version riding on an
     * otherwise valid body and its real ETag; the change is refused and the card is exactly what it was.
     */
    @Test
    void forgedFieldsOnARealUpdate_areRefused_andTheStoredClientIsUnchanged() {
        var client = ArrangedClientAccess.rep1Client();
        String url = "/api/v1/clients/" + client.clientId();
        String etag = as("acme", "rep1").get(url).header("ETag");
        for (String field : List.of("ownerId", "tenantId", "version", "createdAt", "id")) {
            ObjectNode body = forged(field).put("name", "Forged " + field);
            Response response = as("acme", "rep1").header("If-Match", etag).body(body.toString()).put(url);
            assertUnknownFieldRefused(null, field, response);
        }
        assertStillRep1sAt(url, etag);
    }

    /** The declared {@code ownerId} of a handover: a rep cannot give their own client away, only a supervisor can. */
    @Test
    void aRepCannotHandTheirOwnClientToAnotherRep_theClientStaysTheirs() {
        var client = ArrangedClientAccess.rep1Client();
        String url = "/api/v1/clients/" + client.clientId();
        String etag = as("acme", "rep1").get(url).header("ETag");

        Response response = as("acme", "rep1").header("If-Match", etag).body(Map.of("ownerId", "rep2"))
                .post(url + "/reassign");

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertStillRep1sAt(url, etag);
    }

    private static void assertStillRep1sAt(String url, String etag) {
        Response after = as("acme", "rep1").get(url);
        after.then().statusCode(200);
        assertThat(after.header("ETag")).as("version of %s", url).isEqualTo(etag);
        assertThat(after.asString()).contains("\"rep1\"").doesNotContain("Forged ");
    }

    /**
     * The forged field alone: Jackson reports unknown fields of a record only after reading the known ones, so a
     * schema-shaped sample could be refused for one of its own values first; alone, the refusal can only be about
     * the forged field, and whether the rest of a body is valid does not change that.
     */
    private static ObjectNode forged(String field) {
        ObjectNode body = JSON.objectNode();
        body.set(field, SERVER_OWNED.get(field));
        return body;
    }

    private static void assertUnknownFieldRefused(ApiOperation operation, String field, Response response) {
        String what = "%s with forged %s: %s".formatted(operation, field, response.asString());
        assertThat(response.statusCode()).as(what).isEqualTo(400);
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).as(what).isEqualTo("unknown field '" + field + "'");
    }

    @AfterAll
    static void writeRows() {
        SecurityReport.write(SECTION, "operation", "forged field", "status", "outcome");
    }
}
