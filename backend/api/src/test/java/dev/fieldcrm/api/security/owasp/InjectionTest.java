package dev.fieldcrm.api.security.owasp;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.fieldcrm.api.support.Api.as;

/**
 * Injection into filters and searches: every query parameter of every read gets DynamoDB expression syntax
 * (attribute name and value placeholders, parentheses, OR, functions), a NUL, unicode and a very long string.
 * Values go into key conditions only as bound values, so the answer is a 4xx problem or an ordinary (usually
 * empty) page, never a 5xx. Sent as acme's admin, who sees the most.
 */
@QuarkusTest
class InjectionTest {
    private static final String SECTION = "injection";
    static final List<String> VALUES = List.of("#pk", ":v", "x) OR attribute_exists(pk", "attribute_exists(",
            "a OR 1=1", "' OR ''='", "\u0000", "Ж\u202E😀", "z".repeat(300));

    static Stream<ApiOperation> readsWithQueryParams() {
        return OpenApiDocument.get().operations().stream()
                .filter(op -> op.method().equals("GET") && !op.queryParams().isEmpty() && !op.isPublic());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readsWithQueryParams")
    void expressionSyntaxInFilters_isRefusedOrFindsNothing_neverA5xx(ApiOperation operation) {
        String url = FuzzTenant.url(operation);
        for (String value : VALUES) {
            RequestSpecification request = as("acme", "adm").accept("*/*");
            for (String param : operation.queryParams()) {
                request = request.queryParam(param, value);
            }
            Response response = request.get(url);
            FuzzTest.assertAnswered(operation, "every query parameter = " + value.substring(0, Math.min(30, value.length())), response);
        }
        SecurityReport.row(SECTION, operation.key(), String.join(", ", operation.queryParams()),
                Integer.toString(VALUES.size()), "0 × 5xx");
    }

    @AfterAll
    static void writeRows() {
        SecurityReport.write(SECTION, "operation", "parameters", "values tried", "outcome");
    }
}
