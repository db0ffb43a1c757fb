package dev.fieldcrm.api.security.owasp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite knows every operation of docs/openapi.yaml: a new endpoint forces a decision in {@link Classification}. */
class OperationInventoryTest {

    @Test
    void everyOperationOfTheDocument_isClassifiedBySecuritySuite() {
        List<String> unclassified = OpenApiDocument.get().operations().stream()
                .filter(op -> Classification.of(op).isEmpty()).map(ApiOperation::key).toList();
        assertThat(unclassified).as("operations without a decision in Classification").isEmpty();
    }

    @Test
    void inventory_readsTheWholeDocument() {
        List<ApiOperation> operations = OpenApiDocument.get().operations();
        assertThat(operations).extracting(ApiOperation::key)
                .contains("GET /api/v1/clients/{id}", "POST /api/v1/clients", "POST /api/v1/forms/{formKey}/submissions");
        assertThat(operations).filteredOn(ApiOperation::isPublic).extracting(ApiOperation::path)
                .allMatch(path -> !path.startsWith("/api/v1/clients"));
        assertThat(operations).filteredOn(op -> op.key().equals("POST /api/v1/clients")).singleElement()
                .satisfies(op -> assertThat(op.takesJsonBody()).isTrue());
    }
}
