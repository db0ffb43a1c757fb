package dev.fieldcrm.api.imports;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Fetch;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.imports.TransferService;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fieldcrm.api.imports.Jobs.imported;
import static dev.fieldcrm.api.imports.Jobs.postImport;
import static dev.fieldcrm.api.imports.Jobs.rows;
import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ClientImportTest {
    private static final String HEADER = "externalId,name,category,priority,type,phones,emails,taxId,country,city,ownerId\n";

    @Inject
    DynamoCalls calls;

    @Inject
    TransferService transfers;

    @Test
    void aDryRun_reportsEveryRow_andWritesNothing() {
        String existing = Given.client("rep1");
        String existingPhone = Fetch.card("rep1", existing).getString("client.details.phones[0]");
        // The same number as a rep would type it: 8 (916) … instead of +7916…
        String typedExistingPhone = "8 (" + existingPhone.substring(2, 5) + ") " + existingPhone.substring(5);
        String newEmail = TestData.email();
        String sharedEmail = TestData.email();
        String csv = HEADER
                + "," + "Новый " + TestData.next() + ",A,B,ACTIVE," + TestData.phone() + "," + newEmail + ",,Россия,Тверь,\n"
                + ",Bad " + TestData.next() + ",Z,B,ACTIVE,,not-an-email,,,,\n"
                + ",Same phone " + TestData.next() + ",,,,\"" + typedExistingPhone + "\",,,,,\n"
                + ",First " + TestData.next() + ",,,,," + sharedEmail + ",,,,\n"
                + ",Second " + TestData.next() + ",,,,," + sharedEmail.toLowerCase() + ",,,,\n";

        JsonPath job = imported("mgr", "clients", true, csv);

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getBoolean("dryRun")).isTrue();
        assertThat(job.getInt("totalRows")).isEqualTo(5);
        assertThat(job.getMap("counts")).containsEntry("CREATED", 2).containsEntry("INVALID", 1)
                .containsEntry("DUPLICATE", 2).containsEntry("UPDATED", 0).containsEntry("UNCHANGED", 0);
        List<Map<String, Object>> rows = rows("mgr", job.getString("id"), null);
        assertThat(rows).extracting(r -> r.get("row"), r -> r.get("outcome")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "CREATED"), org.assertj.core.groups.Tuple.tuple(2, "INVALID"),
                org.assertj.core.groups.Tuple.tuple(3, "DUPLICATE"), org.assertj.core.groups.Tuple.tuple(4, "CREATED"),
                org.assertj.core.groups.Tuple.tuple(5, "DUPLICATE"));
        assertThat(fields(rows.get(1))).containsExactlyInAnyOrder("category", "emails");
        assertThat(rows.get(2)).extracting(r -> ((Map<?, ?>) r.get("existing")).get("clientId")).isEqualTo(existing);
        assertThat(fields(rows.get(2))).containsExactly("phones");
        assertThat(rows.get(4)).containsEntry("earlierRow", 4);
        assertThat(fields(rows.get(4))).containsExactly("emails");
        // Nothing was written: the new row's email finds no client.
        assertThat(as("acme", "mgr").queryParam("email", newEmail).get("/api/v1/clients")
                .then().extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void anImport_createsClients_ownedByTheOwnerColumnOrTheImporter() {
        String forRep = "For rep " + TestData.next();
        String forManager = "For manager " + TestData.next();
        String repEmail = TestData.email();
        String managerEmail = TestData.email();
        String csv = HEADER
                + ",\"" + forRep + "\",VIP,A,POTENTIAL," + TestData.phone() + "," + repEmail + "," + TestData.taxId() + ",Россия,Тверь,rep1\n"
                + "," + forManager + ",,,,," + managerEmail + ",,,,\n";

        JsonPath job = imported("mgr", "clients", false, csv);

        assertThat(job.getMap("counts")).containsEntry("CREATED", 2);
        Map<String, Object> repClient = onlyClient("rep1", repEmail);
        assertThat(repClient).containsEntry("name", forRep).containsEntry("ownerId", "rep1");
        Map<String, Object> managerClient = onlyClient("mgr", managerEmail);
        assertThat(managerClient).containsEntry("ownerId", "mgr");
        List<Map<String, Object>> rows = rows("mgr", job.getString("id"), "CREATED");
        assertThat(rows).extracting(r -> r.get("recordId")).containsExactly(repClient.get("id"), managerClient.get("id"));
        // The import went through the use case: the card's history records the creation.
        assertThat(as("acme", "mgr").get("/api/v1/clients/" + repClient.get("id") + "/history")
                .then().statusCode(200).extract().jsonPath().getList("items.action")).contains("created");
    }

    @Test
    void anOwnerOutsideTheManagersTeam_makesTheRowInvalid() {
        JsonPath job = imported("mgr", "clients", false, HEADER + ",West " + TestData.next() + ",,,,,,,,,rep3\n");

        assertThat(job.getMap("counts")).containsEntry("INVALID", 1).containsEntry("CREATED", 0);
        assertThat(fields(rows("mgr", job.getString("id"), null).getFirst())).containsExactly("ownerId");
    }

    @Test
    void reimportingByExternalId_updatesTheClient_andCreatesNoDuplicate() {
        String externalId = "ERP-" + TestData.next();
        String email = TestData.email();
        String first = HEADER + externalId + ",Old name,,,,," + email + ",,,Тверь,\n";
        String second = HEADER + externalId + ",New name,,,,," + email + ",,,Тверь,\n";

        JsonPath created = imported("mgr", "clients", false, first);
        JsonPath updated = imported("mgr", "clients", false, second);
        JsonPath again = imported("mgr", "clients", false, second);

        assertThat(created.getMap("counts")).containsEntry("CREATED", 1);
        assertThat(updated.getMap("counts")).containsEntry("UPDATED", 1).containsEntry("CREATED", 0);
        assertThat(again.getMap("counts")).containsEntry("UNCHANGED", 1).containsEntry("UPDATED", 0);
        Map<String, Object> client = onlyClient("mgr", email);
        assertThat(client).containsEntry("name", "New name");
        assertThat((Map<String, Object>) client.get("details")).containsEntry("externalId", externalId);
    }

    @Test
    void anExternalIdTakenByAnotherClient_isADuplicate_whenTypedIn() {
        String externalId = "ERP-" + TestData.next();
        imported("mgr", "clients", false, HEADER + externalId + ",Imported,,,,,,,,,\n");
        Map<String, Object> body = TestData.client("Typed in " + TestData.next());
        body.put("externalId", externalId);

        as("acme", "mgr").body(body).post("/api/v1/clients").then().statusCode(409);
    }

    @Test
    void aThousandRowFile_isProcessedInChunks_withProgressVisibleBetweenThem() {
        StringBuilder csv = new StringBuilder("externalId,name,ownerId\n");
        int base = TestData.next();
        for (int i = 0; i < 1000; i++) {
            csv.append("BULK-").append(base).append('-').append(i).append(",Bulk ").append(base).append(' ').append(i)
                    .append(",rep3\n");
        }
        Caller admin = new Caller("acme", "adm", Set.of(Role.ADMIN), "east", null);
        // Started through the use case, without the API's background runner, so the test drives the chunks.
        String id = transfers.startImport(admin, "clients", false, csv.toString().getBytes(StandardCharsets.UTF_8)).id();

        JsonPath queued = as("acme", "adm").get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
        transfers.processNextChunk("acme", id);
        JsonPath afterOne = as("acme", "adm").get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
        int chunks = 1;
        while (!transfers.processNextChunk("acme", id).status().finished()) {
            chunks++;
        }
        JsonPath done = as("acme", "adm").get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();

        assertThat(queued.getString("status")).isEqualTo("QUEUED");
        assertThat(queued.getInt("processedRows")).isZero();
        assertThat(afterOne.getString("status")).isEqualTo("RUNNING");
        assertThat(afterOne.getInt("processedRows")).isEqualTo(TransferService.CHUNK_ROWS);
        assertThat(afterOne.getInt("totalRows")).isEqualTo(1000);
        assertThat(chunks + 1).isEqualTo(1000 / TransferService.CHUNK_ROWS);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getInt("processedRows")).isEqualTo(1000);
        assertThat(done.getMap("counts")).containsEntry("CREATED", 1000);
        List<Map<String, Object>> rows = rows("adm", id, null);
        assertThat(rows).extracting(r -> r.get("row")).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 1000).boxed().toList());
        assertThat(as("acme", "rep3").queryParam("q", "Bulk " + base + " 999").get("/api/v1/clients")
                .then().statusCode(200).extract().jsonPath().getList("items.details.name")).containsExactly("Bulk " + base + " 999");
    }

    @Test
    void aFinishedJob_isNotProcessedAgain() {
        Caller manager = new Caller("acme", "mgr", Set.of(Role.MANAGER), "east", null);
        String id = transfers.startImport(manager, "clients", false,
                ("name\nOnce " + TestData.next() + "\n").getBytes(StandardCharsets.UTF_8)).id();

        var first = transfers.processNextChunk("acme", id);
        var second = transfers.processNextChunk("acme", id);

        assertThat(first.status().finished()).isTrue();
        assertThat(second.processedRows()).isEqualTo(1);
        assertThat(rows("mgr", id, null)).hasSize(1);
    }

    @Test
    void csvQuirks_bomSemicolonsAndQuotedNewlines_areRead() {
        String email = TestData.email();
        String name = "Кварц " + TestData.next();
        String csv = "\uFEFFname;emails;address;city\n\"" + name + "\";" + email + ";\"ул. Ленина, 1\nофис 5\";Тверь\n";

        JsonPath job = imported("mgr", "clients", false, csv);

        assertThat(job.getMap("counts")).containsEntry("CREATED", 1);
        Map<String, Object> client = onlyClient("mgr", email);
        assertThat(client).containsEntry("name", name);
        assertThat(((Map<?, ?>) ((Map<?, ?>) client.get("details")).get("geography")).get("address"))
                .isEqualTo("ул. Ленина, 1\nофис 5");
    }

    @Test
    void aFileWithoutTheNameColumn_orWithAnUnknownColumn_isRefusedWhole() {
        var missing = Problems.assertProblem(postImport("mgr", "clients", false, "externalId,emails\nX-1,a@b.example\n"), 422);
        var unknown = Problems.assertProblem(postImport("mgr", "clients", false, "name,colour\nA,red\n"), 422);
        var noEntity = Problems.assertProblem(postImport("mgr", "unicorns", false, "name\nA\n"), 422);

        assertThat(missing.getString("errors[0].message")).contains("missing column \"name\"");
        assertThat(unknown.getString("errors[0].message")).contains("unknown column \"colour\"");
        assertThat(Problems.fields(noEntity)).containsExactly("entity");
    }

    @Test
    void aFileThatIsNotUtf8_orLargerThanSixMegabytes_isRefused() {
        // Windows-1251 or Latin-1 bytes reach the function as replacement characters (text bodies travel as strings).
        byte[] cp1251 = "name\nЁлка\n".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        byte[] huge = new byte[TransferService.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');

        Problems.assertProblem(postImport("mgr", "clients", false, cp1251), 422);
        Problems.assertProblem(postImport("mgr", "clients", false, huge), 413);
    }

    @Test
    void aRep_cannotImport() {
        Problems.assertProblem(postImport("rep1", "clients", false, "name\nA\n"), 403);
    }

    @Test
    void aJob_isSeenByItsCreatorAndAdmins_only() {
        String id = imported("mgr", "clients", true, "name\nSeen " + TestData.next() + "\n").getString("id");

        as("acme", "adm").get("/api/v1/imports/" + id).then().statusCode(200);
        Problems.assertProblem(as("acme", "rep1").get("/api/v1/imports/" + id), 404);
        Problems.assertProblem(as("acme", "rep1").get("/api/v1/imports/" + id + "/rows"), 404);
        Problems.assertProblem(as("globex", "gmgr").get("/api/v1/imports/" + id), 404);
        Problems.assertProblem(as("globex", "gmgr").get("/api/v1/imports/" + id + "/rows"), 404);
    }

    @Test
    void readingAJob_isOneGetItem() {
        String id = imported("mgr", "clients", true, "name\nRead " + TestData.next() + "\n").getString("id");
        calls.reset();

        as("acme", "mgr").get("/api/v1/imports/" + id).then().statusCode(200);

        assertThat(calls.made()).containsExactly("GetItem");
    }

    @Test
    void theRowReport_isOneGetItemAndOneQueryPerPage() {
        String id = imported("mgr", "clients", true, "name\nRows " + TestData.next() + "\n").getString("id");
        calls.reset();

        as("acme", "mgr").get("/api/v1/imports/" + id + "/rows").then().statusCode(200);

        assertThat(calls.made()).containsExactly("GetItem", "Query");
    }

    private static List<String> fields(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) row.get("errors");
        return errors.stream().map(e -> (String) e.get("field")).toList();
    }

    private static Map<String, Object> onlyClient(String user, String email) {
        List<Map<String, Object>> items = as("acme", user).queryParam("email", email).get("/api/v1/clients")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(items).hasSize(1);
        Map<String, Object> client = items.getFirst();
        client.put("name", ((Map<?, ?>) client.get("details")).get("name"));
        return client;
    }
}
