package dev.fieldcrm.api.imports;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.imports.TransferService;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fieldcrm.api.imports.Jobs.download;
import static dev.fieldcrm.api.imports.Jobs.exported;
import static dev.fieldcrm.api.imports.Jobs.postImport;
import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DealExportTest {
    @Inject
    DynamoCalls calls;

    @Inject
    TransferService transfers;

    @Test
    void aDealMovedTwice_isExportedWithItsStateAndItsWholeHistory_oldestFirst() {
        String client = dev.fieldcrm.api.support.Given.client("rep1");
        JsonPath created = as("acme", "rep1").body(Map.of("title", "Boiler, \"big\" " + TestData.next(), "clientId", client,
                        "amount", Map.of("amount", "1500.50", "currency", "RUB"), "source", "website-form",
                        "expectedCloseDate", "2031-05-31"))
                .post("/api/v1/deals").then().statusCode(201).extract().jsonPath();
        String deal = created.getString("id");
        long version = moved("rep1", deal, created.getLong("version"), "accepted");
        moved("mgr", deal, version, "needs-analysed");

        Map<String, String> row = CsvRecords.rowWith(CsvRecords.of(download("rep1", exported("rep1", "deals"))), "id", deal);

        assertThat(row).containsEntry("title", created.getString("title")).containsEntry("pipelineId", "clients")
                .containsEntry("stageId", "needs-analysed").containsEntry("status", "OPEN").containsEntry("ownerId", "rep1")
                .containsEntry("clientId", client).containsEntry("amount", "1500.50").containsEntry("currency", "RUB")
                .containsEntry("source", "website-form").containsEntry("expectedCloseDate", "2031-05-31")
                .containsEntry("createdAt", created.getString("createdAt"));
        List<String[]> history = java.util.Arrays.stream(row.get("stageHistory").split("\\|"))
                .map(entry -> entry.split(">", -1)).toList();
        assertThat(history).extracting(e -> e[1], e -> e[2], e -> e[3]).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", "new", "rep1"),
                org.assertj.core.groups.Tuple.tuple("new", "accepted", "rep1"),
                org.assertj.core.groups.Tuple.tuple("accepted", "needs-analysed", "mgr"));
        List<Instant> times = history.stream().map(e -> Instant.parse(e[0])).toList();
        assertThat(times).isSorted();
    }

    @Test
    void aRepExportsOwnDeals_aManagerTheTeams_anAdminTheTenants_andAnotherTenantNone() {
        String own = deal("rep1");
        String colleagues = deal("rep2");
        String otherTeams = deal("rep3");

        String repCsv = download("rep1", exported("rep1", "deals"));
        String managerCsv = download("mgr", exported("mgr", "deals"));
        String adminCsv = download("adm", exported("adm", "deals"));
        String globexCsv = download("globex", "gmgr", exported("globex", "gmgr", "deals"));

        assertThat(repCsv).contains(own).doesNotContain(colleagues).doesNotContain(otherTeams);
        assertThat(managerCsv).contains(own, colleagues).doesNotContain(otherTeams);
        assertThat(adminCsv).contains(own, colleagues, otherTeams);
        assertThat(globexCsv).doesNotContain(own, colleagues, otherTeams);
        assertThat(CsvRecords.of(adminCsv).stream().map(r -> r.get("id")).toList()).doesNotHaveDuplicates();
    }

    @Test
    void aDealExportJob_isSeenByItsCreatorAndAdmins_only() {
        deal("rep1");
        JsonPath export = exported("rep1", "deals");
        String id = export.getString("id");

        as("acme", "adm").get("/api/v1/exports/" + id).then().statusCode(200);
        Problems.assertProblem(as("acme", "rep2").get("/api/v1/exports/" + id), 404);
        Problems.assertProblem(as("acme", "rep3").get("/api/v1/exports/" + id), 404);
        Problems.assertProblem(as("globex", "grep").get("/api/v1/exports/" + id), 404);
        Problems.assertProblem(as("acme", "rep3").get(export.getString("download")), 404);
        Problems.assertProblem(as("globex", "grep").get(export.getString("download")), 404);
    }

    @Test
    void aRepsDealExport_isOneListQueryPerPage_plusOneHistoryQueryPerDeal() {
        deal("rep3");
        Caller rep = new Caller("acme", "rep3", Set.of(Role.REP), "west", null);
        String jobId = transfers.startExport(rep, "deals").id();

        calls.reset();
        var job = transfers.processNextChunk("acme", jobId);

        int deals = job.totalRows();
        List<String> made = calls.made();
        long queries = made.stream().filter("Query"::equals).count();
        assertThat(deals).isPositive();
        assertThat(made).startsWith("GetItem", "TransactWriteItems").endsWith("TransactWriteItems")
                .containsOnly("GetItem", "TransactWriteItems", "Query").hasSize((int) queries + 3);
        assertThat(queries).isBetween(deals + 1L, deals + 1L + deals / 200);
    }

    @Test
    void deals_cannotBeImported() {
        JsonPath problem = Problems.assertProblem(postImport("mgr", "deals", false, "id,title\nX,Y\n"), 422);

        assertThat(Problems.fields(problem)).containsExactly("entity");
    }

    private static String deal(String owner) {
        return as("acme", owner).body(Map.of("title", "Export " + TestData.next())).post("/api/v1/deals")
                .then().statusCode(201).extract().path("id");
    }

    private static long moved(String user, String dealId, long version, String stageId) {
        return as("acme", user).header("If-Match", "\"" + version + "\"").body(Map.of("stageId", stageId))
                .post("/api/v1/deals/" + dealId + "/moves").then().statusCode(200).extract().jsonPath().getLong("version");
    }
}
