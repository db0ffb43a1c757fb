package dev.fieldcrm.api.files;

import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.core.files.FilePath;
import dev.fieldcrm.core.files.FileStore;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class FileDownloadTest {
    private static final byte[] PDF = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);

    @Inject
    FileStore files;

    @Test
    void aClientsFile_isDownloadedByWhoeverMayWorkTheClient_withItsContentType() {
        String client = Given.client("rep1");
        files.put("acme", FilePath.of("clients", client, "proposal.pdf"), "application/pdf", PDF);

        byte[] body = as("acme", "rep1").get("/api/v1/files/clients/" + client + "/proposal.pdf")
                .then().statusCode(200)
                .contentType(equalTo("application/pdf"))
                .header("Content-Disposition", containsString("proposal.pdf"))
                .extract().asByteArray();
        assertThat(body).isEqualTo(PDF);
        as("acme", "mgr").get("/api/v1/files/clients/" + client + "/proposal.pdf").then().statusCode(200);
    }

    @Test
    void aClientsFile_isNotFound_forARepOfAnotherTeam_andForAnotherTenant() {
        String client = Given.client("rep1");
        files.put("acme", FilePath.of("clients", client, "proposal.pdf"), "application/pdf", PDF);

        as("acme", "rep3").get("/api/v1/files/clients/" + client + "/proposal.pdf").then().statusCode(404);
        as("globex", "grep").get("/api/v1/files/clients/" + client + "/proposal.pdf").then().statusCode(404);
    }

    @Test
    void aUsersFile_isReadByThatUserAndAnAdmin_only() {
        files.put("acme", FilePath.of("users", "rep1", "clients.csv"), "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8));

        as("acme", "rep1").get("/api/v1/files/users/rep1/clients.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).body(equalTo("a,b\n"));
        as("acme", "adm").get("/api/v1/files/users/rep1/clients.csv").then().statusCode(200);
        as("acme", "rep2").get("/api/v1/files/users/rep1/clients.csv").then().statusCode(404);
        as("acme", "mgr").get("/api/v1/files/users/rep1/clients.csv").then().statusCode(404);
    }

    @Test
    void aPathThatTriesToLeaveItsArea_isRefused_andAMissingFileIsNotFound() {
        as("acme", "adm").get("/api/v1/files/users/adm/%2E%2E/%2E%2E/etc/passwd").then().statusCode(422);
        as("acme", "rep1").get("/api/v1/files/users/rep1/missing.csv").then().statusCode(404);
        as("acme", "rep1").get("/api/v1/files/elsewhere/x/y.csv").then().statusCode(404);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {100_000, 5_000_000})
    void aLargeFile_isDownloadedWhole(int size) {
        byte[] content = new byte[size];
        java.util.Arrays.fill(content, (byte) 'x');
        files.put("acme", FilePath.of("users", "rep1", "big-" + size + ".csv"), "text/csv", content);

        byte[] body = as("acme", "rep1").get("/api/v1/files/users/rep1/big-" + size + ".csv")
                .then().statusCode(200).extract().asByteArray();

        assertThat(body).hasSize(size);
    }
}
