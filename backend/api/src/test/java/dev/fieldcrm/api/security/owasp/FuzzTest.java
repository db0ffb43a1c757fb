package dev.fieldcrm.api.security.owasp;

import dev.fieldcrm.api.auth.LocalTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing (API8/API10 of the checklist: security misconfiguration, unsafe consumption): every operation that
 * takes a body gets malformed bodies derived from its schema, and every operation gets path values that are not
 * ids. Sent as the admin of a tenant of its own (so whatever a random body creates disturbs no other test): never
 * a 5xx, and every 4xx is a problem document.
 */
@QuarkusTest
class FuzzTest {
    private static final String SECTION = "fuzz";
    private static final long SEED = 20261206L;
    static final String[] PATH_VALUES = {"..%2F..%2Fetc", "%23pk", "a%20OR%20attribute_exists(pk)", "%3Av", "%29",
            "%E2%80%AE%F0%9F%98%80", "x".repeat(1000)};

    @Inject
    LocalTokens tokens;

    static Stream<ApiOperation> operationsWithBodies() {
        return OpenApiDocument.get().operations().stream().filter(op -> !op.bodyTypes().isEmpty());
    }

    static Stream<ApiOperation> operationsWithPathValues() {
        return OpenApiDocument.get().operations().stream().filter(ApiOperation::takesIds);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithBodies")
    void malformedBodies_neverCauseA5xx_andAreRefusedWithAProblem(ApiOperation operation) {
        String url = FuzzTenant.url(operation);
        int refused = 0;
        var bodies = MalformedBodies.of(operation, SEED + operation.key().hashCode());
        for (MalformedBodies.Body body : bodies) {
            Response response = FuzzTenant.request(tokens).contentType(body.contentType()).body(body.bytes())
                    .request(operation.method(), url);
            assertAnswered(operation, body.name(), response);
            refused += response.statusCode() >= 400 ? 1 : 0;
        }
        SecurityReport.row(SECTION, operation.key(), "malformed bodies", Integer.toString(bodies.size()),
                "0 × 5xx; " + refused + " refused with a problem, the rest accepted as valid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithPathValues")
    void pathValuesThatAreNotIds_neverCauseA5xx(ApiOperation operation) {
        for (String value : PATH_VALUES) {
            String url = operation.path().replaceAll("\\{[^}]+}", value);
            Response response = FuzzTenant.request(tokens).urlEncodingEnabled(false).request(operation.method(), url);
            assertAnswered(operation, "path value " + value, response);
        }
        SecurityReport.row(SECTION, operation.key(), "path values (traversal, expression syntax, unicode, 1000 chars)",
                Integer.toString(PATH_VALUES.length), "0 × 5xx");
    }

    static void assertAnswered(ApiOperation operation, String what, Response response) {
        String description = "%s with %s: %s".formatted(operation, what, response.asString());
        assertThat(response.statusCode()).as(description).isLessThan(500);
        // The public pages a person opens from a link (confirm, survey, unsubscribe) answer in HTML by design.
        if (response.statusCode() >= 400 && !(operation.isPublic() && response.contentType().startsWith("text/html"))) {
            assertThat(response.contentType()).as("content type of " + description).startsWith("application/problem+json");
        }
    }

    @AfterAll
    static void writeRows() {
        SecurityReport.write(SECTION, "operation", "inputs", "tries", "outcome");
    }
}
