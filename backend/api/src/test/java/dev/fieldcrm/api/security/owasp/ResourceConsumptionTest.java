package dev.fieldcrm.api.security.owasp;

import dev.fieldcrm.api.auth.LocalTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API4 (unrestricted resource consumption): no list answers more than its page cap however large a limit is
 * asked for, and no operation accepts a 2 MB JSON body. (Rate limits of the public endpoints: FormBurstTest,
 * PublicFormTest, InboundIntegrationTest; the stage throttle: iac HttpEntryTest.)
 */
@QuarkusTest
class ResourceConsumptionTest {
    private static final String SECTION = "consumption";
    private static final int LARGEST_PAGE = 500;

    @Inject
    LocalTokens tokens;

    static Stream<ApiOperation> pagedReads() {
        return OpenApiDocument.get().operations().stream().filter(op -> op.method().equals("GET") && op.isPaged());
    }

    static Stream<ApiOperation> operationsWithJsonBodies() {
        return OpenApiDocument.get().operations().stream().filter(ApiOperation::takesJsonBody);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagedReads")
    void aHugeLimit_isRefusedOrCapped(ApiOperation operation) {
        Response response = FuzzTenant.request(tokens).queryParam("limit", 100_000).get(FuzzTenant.url(operation));
        FuzzTest.assertAnswered(operation, "limit=100000", response);
        if (response.statusCode() < 300) {
            List<?> items = response.jsonPath().getList("items");
            assertThat(items == null ? 0 : items.size()).as("page size of %s", operation).isLessThanOrEqualTo(LARGEST_PAGE);
        }
        SecurityReport.row(SECTION, operation.key(), "limit=100000", Integer.toString(response.statusCode()),
                response.statusCode() < 300 ? "capped" : "refused");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithJsonBodies")
    void aTwoMegabyteBody_isRefusedWithAProblem(ApiOperation operation) {
        String body = "{\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Response response = FuzzTenant.request(tokens).body(body).request(operation.method(), FuzzTenant.url(operation));
        FuzzTest.assertAnswered(operation, "a 2 MB body", response);
        assertThat(response.statusCode()).as("status of a 2 MB body to %s", operation).isBetween(400, 499);
        SecurityReport.row(SECTION, operation.key(), "2 MB JSON body", Integer.toString(response.statusCode()), "refused");
    }

    @AfterAll
    static void writeRows() {
        SecurityReport.write(SECTION, "operation", "input", "status", "outcome");
    }
}
