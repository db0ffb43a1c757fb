package dev.fieldcrm.api.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document checked into docs/ is the contract the app and website forms are built on: it must be
 * exactly what the API serves. After a deliberate API change, regenerate it with
 * {@code ./mvnw verify -Dopenapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path CHECKED_IN = Path.of("../../docs/openapi.yaml");

    @Test
    void servedOpenApiDocument_equalsTheCheckedInContract() throws IOException {
        String served = RestAssured.given().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CHECKED_IN, served);
        }
        assertThat(CHECKED_IN).as("docs/openapi.yaml exists").exists();
        assertThat(served)
                .as("docs/openapi.yaml is out of date: run ./mvnw verify -Dopenapi.update=true and review the diff")
                .isEqualTo(Files.readString(CHECKED_IN));
    }

    @Test
    void contract_coversTheFoundationResources_andNotTheLocalLogin() throws IOException {
        String contract = Files.readString(CHECKED_IN);
        assertThat(contract).contains("/api/v1/clients/{id}:", "/api/v1/agenda:", "/api/v1/clients/{clientId}/interactions:",
                "/api/v1/clients/{clientId}/tasks:", "/api/v1/clients/{clientId}/contacts:");
        assertThat(contract).doesNotContain("/api/v1/local/login");
    }
}
