package dev.fieldcrm.api.security.owasp;

import dev.fieldcrm.api.security.ArrangedClientAccess;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API1 (broken object level authorization), for every id-taking operation of the document: acme's records
 * (rep1's arranged client and whatever acme's collections list) are aimed at by globex users and, where the
 * records are rep1's or the tenant's machinery, by acme's rep2. Never a 2xx, never a 5xx, and nothing of the
 * records in the answer.
 */
@QuarkusTest
class BolaTest {
    private static final String SECTION = "bola";
    private static final Set<Exposure> ATTACKED = Set.of(Exposure.CLIENT, Exposure.OWNER, Exposure.TENANT, Exposure.ADMIN, Exposure.SELF);
    /** Inside acme, rep2 may read the tenant's shared records; everything else of rep1 or the admin is not rep2's. */
    private static final Set<Exposure> REFUSED_TO_A_COLLEAGUE = Set.of(Exposure.CLIENT, Exposure.OWNER, Exposure.ADMIN, Exposure.SELF);

    static Stream<Arguments> attacks() {
        List<Arguments> attacks = new ArrayList<>();
        for (ApiOperation operation : OpenApiDocument.get().operations()) {
            Exposure exposure = Classification.require(operation);
            if (!ATTACKED.contains(exposure)) {
                continue;
            }
            attacks.add(Arguments.of(operation, "globex", "grep"));
            attacks.add(Arguments.of(operation, "globex", "gmgr"));
            if (REFUSED_TO_A_COLLEAGUE.contains(exposure)) {
                attacks.add(Arguments.of(operation, "acme", "rep2"));
            }
        }
        return attacks.stream();
    }

    @ParameterizedTest(name = "{1}/{2}: {0}")
    @MethodSource("attacks")
    void anotherTenantOrAnotherRep_isRefused_andSeesNoneOfTheRecord(ApiOperation operation, String tenant, String user) {
        Exposure exposure = Classification.require(operation);
        String owner = exposure == Exposure.TENANT || exposure == Exposure.ADMIN ? "adm" : "rep1";
        var client = ArrangedClientAccess.rep1Client();
        Map<String, String> known = new HashMap<>(Map.of("clientId", client.clientId(), "contactId", client.contactId(),
                "taskId", client.taskId(), "userId", "rep1", "month", "2026-11"));
        if (operation.path().startsWith("/api/v1/clients/")) {
            known.put("id", client.clientId());
        } else if (operation.path().startsWith("/api/v1/users/")) {
            known.put("id", "rep1");
        }
        Targets.Target target = Targets.of(operation, "acme", owner, known);
        String url = target.url();

        Response response = send(as(tenant, user), operation, url);

        int status = response.statusCode();
        boolean ownKey = Classification.namesCallersOwnKey(operation);
        String outcome = status < 300 ? (ownKey ? " (the caller's own record of that key)" : " (empty page)") : "";
        SecurityReport.row(SECTION, exposure.name(), operation.key(), tenant + "/" + user,
                target.real() ? "real acme record" : "no acme record listed: unknown id", status + outcome);
        String what = "%s %s as %s/%s: %s".formatted(operation.method(), url, tenant, user, response.asString());
        if (status < 300 && (ownKey || isEmptyPage(operation, response))) {
            assertThat(response.asString()).as(what).doesNotContain(client.secrets());
            return;
        }
        assertThat(status).as(what).isBetween(400, 499);
        assertThat(response.contentType()).as("content type").startsWith("application/problem+json");
        List<String> secrets = new ArrayList<>(target.texts());
        if (exposure == Exposure.CLIENT) {
            secrets.addAll(List.of(client.secrets()));
        }
        secrets.removeIf(secret -> secret.isBlank() || url.contains(secret));
        for (String secret : secrets) {
            assertThat(response.asString()).as("refusal body").doesNotContain(secret);
        }
    }

    /** A read over an id that answers nothing: the caller's scope applied to the query, nothing disclosed. */
    private static boolean isEmptyPage(ApiOperation operation, Response response) {
        return operation.method().equals("GET") && response.contentType().startsWith("application/json")
                && response.jsonPath().get("items") instanceof List<?> items && items.isEmpty();
    }

    static Response send(RequestSpecification request, ApiOperation operation, String url) {
        RequestSpecification spec = request.accept("*/*").header("If-Match", "\"1\"");
        if (operation.takesJsonBody()) {
            spec = spec.contentType(ContentType.JSON).body(SchemaSamples.sample(operation.bodySchema()).toString());
        }
        return spec.request(operation.method(), url);
    }

    @AfterAll
    static void writeRows() {
        SecurityReport.write(SECTION, "exposure", "operation", "caller", "target", "status");
    }
}
