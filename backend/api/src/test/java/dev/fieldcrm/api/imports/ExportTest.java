package dev.fieldcrm.api.imports;

import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.imports.Jobs.download;
import static dev.fieldcrm.api.imports.Jobs.exported;
import static dev.fieldcrm.api.imports.Jobs.imported;
import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ExportTest {

    @Test
    void aClientExport_importsBackAsAllUnchanged() {
        String client = Given.client("rep1", "Round trip, \"quoted\" " + TestData.next());
        as("acme", "rep1").body(Map.of("name", "Иван Петров", "phones", List.of(TestData.phone()),
                        "notes", "line one\nline two", "emailConsent", true))
                .post("/api/v1/clients/" + client + "/contacts").then().statusCode(201);

        JsonPath export = exported("mgr", "clients");
        String csv = download("mgr", export);
        JsonPath reimport = imported("mgr", "clients", false, csv);

        assertThat(export.getString("status")).isEqualTo("DONE");
        assertThat(csv).startsWith("\uFEFFid,externalId,name,").contains(client);
        assertThat(reimport.getInt("totalRows")).isEqualTo(export.getInt("totalRows"));
        assertThat(reimport.getMap("counts")).containsEntry("UNCHANGED", export.getInt("totalRows"))
                .containsEntry("UPDATED", 0).containsEntry("CREATED", 0).containsEntry("DUPLICATE", 0)
                .containsEntry("INVALID", 0);
    }

    @Test
    void formulaCellsInAnExport_areNeutralised_andImportBackUnchanged() {
        String marker = "Formula" + TestData.next();
        Map<String, Object> body = TestData.client("=HYPERLINK(\"http://evil.example/\";\"" + marker + "\")");
        String client = as("acme", "rep1").body(body).post("/api/v1/clients").then().statusCode(201).extract().path("id");

        String csv = download("mgr", exported("mgr", "clients"));
        JsonPath reimport = imported("mgr", "clients", false, csv);

        String line = csv.lines().filter(l -> l.contains(client)).findFirst().orElseThrow();
        assertThat(line).contains("\"'=HYPERLINK(").contains("'+7");
        // Read back, the apostrophes are gone again: nothing of the team's clients differs from what was exported.
        assertThat(reimport.getMap("counts")).containsEntry("UPDATED", 0).containsEntry("INVALID", 0)
                .containsEntry("UNCHANGED", reimport.getInt("totalRows"));
    }

    @Test
    void aContactExport_importsBackAsAllUnchanged() {
        String client = Given.client("rep2");
        as("acme", "rep2").body(Map.of("name", "Анна", "emails", List.of(TestData.email()), "birthday", "1980-02-29",
                        "buyingRole", "DECISION_MAKER", "notes", "likes; semicolons, commas"))
                .post("/api/v1/clients/" + client + "/contacts").then().statusCode(201);

        JsonPath export = exported("mgr", "contacts");
        String csv = download("mgr", export);
        JsonPath reimport = imported("mgr", "contacts", false, csv);

        assertThat(csv).contains(client).contains("Анна");
        assertThat(reimport.getMap("counts")).containsEntry("UNCHANGED", export.getInt("totalRows"))
                .containsEntry("INVALID", 0).containsEntry("DUPLICATE", 0);
    }

    @Test
    void aRepExports_ownClientsOnly_andAManagerTheTeams() {
        String own = Given.client("rep1");
        String colleagues = Given.client("rep2");
        String otherTeams = Given.client("rep3");

        String repCsv = download("rep1", exported("rep1", "clients"));
        String managerCsv = download("mgr", exported("mgr", "clients"));
        String adminCsv = download("adm", exported("adm", "clients"));

        assertThat(repCsv).contains(own).doesNotContain(colleagues).doesNotContain(otherTeams);
        assertThat(managerCsv).contains(own, colleagues).doesNotContain(otherTeams);
        assertThat(adminCsv).contains(own, colleagues, otherTeams);
    }

    @Test
    void anExport_isSeenByItsCreatorAndAdmins_only_andItsFileToo() {
        JsonPath export = exported("rep1", "clients");
        String id = export.getString("id");

        as("acme", "adm").get("/api/v1/exports/" + id).then().statusCode(200);
        Problems.assertProblem(as("acme", "rep2").get("/api/v1/exports/" + id), 404);
        Problems.assertProblem(as("acme", "mgr").get("/api/v1/exports/" + id), 404);
        Problems.assertProblem(as("globex", "grep").get("/api/v1/exports/" + id), 404);
        Problems.assertProblem(as("acme", "rep2").get(export.getString("download")), 404);
        Problems.assertProblem(as("globex", "grep").get(export.getString("download")), 404);
        // An export is no import: it has no row report.
        Problems.assertProblem(as("acme", "rep1").get("/api/v1/imports/" + id), 404);
    }
}
