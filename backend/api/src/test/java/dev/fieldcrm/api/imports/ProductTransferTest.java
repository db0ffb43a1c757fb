package dev.fieldcrm.api.imports;

import dev.fieldcrm.api.orders.Sales;
import dev.fieldcrm.api.support.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.imports.Jobs.download;
import static dev.fieldcrm.api.imports.Jobs.exported;
import static dev.fieldcrm.api.imports.Jobs.imported;
import static dev.fieldcrm.api.imports.Jobs.postImport;
import static dev.fieldcrm.api.imports.Jobs.rows;
import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

@QuarkusTest
class ProductTransferTest {
    private static final String HEADER = "sku,name,unit,vatRate,costPrice,active\n";

    @Test
    void aProductExport_importsBackAsAllUnchanged() {
        String sku = Sales.product("20");
        String withoutCost = Sales.code("NC");
        as("acme", "mgr").body(Map.of("name", "No cost, \"quoted\"", "unit", "kg", "vatRate", "10.00", "active", false))
                .put("/api/v1/products/" + withoutCost).then().statusCode(200);

        JsonPath export = exported("mgr", "products");
        String csv = download("mgr", export);
        JsonPath reimport = imported("mgr", "products", false, csv);

        assertThat(csv).startsWith("\uFEFFsku,name,unit,vatRate,costPrice,active");
        List<Map<String, String>> exportedRows = CsvRecords.of(csv);
        assertThat(CsvRecords.rowWith(exportedRows, "sku", sku.toUpperCase()))
                .containsEntry("vatRate", "20").containsEntry("costPrice", "10.00").containsEntry("active", "true");
        assertThat(CsvRecords.rowWith(exportedRows, "sku", withoutCost.toUpperCase()))
                .containsEntry("name", "No cost, \"quoted\"").containsEntry("costPrice", "").containsEntry("active", "false");
        assertThat(reimport.getInt("totalRows")).isEqualTo(export.getInt("totalRows"));
        assertThat(reimport.getMap("counts")).containsEntry("UNCHANGED", export.getInt("totalRows"))
                .containsEntry("UPDATED", 0).containsEntry("CREATED", 0).containsEntry("INVALID", 0);
    }

    @Test
    void anImport_createsNewSkus_updatesChangedOnes_leavesEqualOnes_andReportsBadCellsByColumn() {
        String fresh = Sales.code("new").toLowerCase();
        String repriced = Sales.product("20");
        String same = Sales.product("20");
        String csv = HEADER
                + " " + fresh + " ,Fresh tea,pcs,10,5.5,\n"
                + repriced + ",Product " + repriced + ",pcs,20,12.00,true\n"
                + same + ",Product " + same + ",pcs,20.00,10,true\n"
                + Sales.code("bad") + ",Bad,pcs,120,abc,maybe\n"
                + "with space,Spaced,pcs,20,,\n"
                + Sales.code("noname") + ",,pcs,20,,\n";

        JsonPath job = imported("mgr", "products", false, csv);

        assertThat(job.getMap("counts")).containsEntry("CREATED", 1).containsEntry("UPDATED", 1)
                .containsEntry("UNCHANGED", 1).containsEntry("INVALID", 3);
        List<Map<String, Object>> rows = rows("mgr", job.getString("id"), null);
        assertThat(rows).extracting(r -> r.get("row"), r -> r.get("outcome")).containsExactly(
                tuple(1, "CREATED"), tuple(2, "UPDATED"), tuple(3, "UNCHANGED"), tuple(4, "INVALID"),
                tuple(5, "INVALID"), tuple(6, "INVALID"));
        assertThat(fields(rows.get(3))).containsExactlyInAnyOrder("vatRate", "costPrice", "active");
        assertThat(fields(rows.get(4))).containsExactly("sku");
        assertThat(fields(rows.get(5))).containsExactly("name");
        as("acme", "rep1").get("/api/v1/products/" + fresh.toUpperCase()).then().statusCode(200)
                .header("ETag", "\"1\"");
        JsonPath created = as("acme", "rep1").get("/api/v1/products/" + fresh).then().extract().jsonPath();
        assertThat(created.getString("name")).isEqualTo("Fresh tea");
        assertThat(created.getString("costPrice")).isEqualTo("5.5");
        assertThat(created.getBoolean("active")).isTrue();
        as("acme", "mgr").get("/api/v1/products/" + repriced).then().statusCode(200).header("ETag", "\"2\"");
        assertThat(as("acme", "mgr").get("/api/v1/products/" + repriced).jsonPath().getString("costPrice")).isEqualTo("12.00");
        as("acme", "mgr").get("/api/v1/products/" + same).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void aFileWithSomeColumns_changesOnlyThose() {
        String sku = Sales.product("10");

        JsonPath job = imported("mgr", "products", false, "sku,costPrice\n" + sku + ",99.90\n");

        assertThat(job.getMap("counts")).containsEntry("UPDATED", 1);
        JsonPath product = as("acme", "mgr").get("/api/v1/products/" + sku).then().statusCode(200).extract().jsonPath();
        assertThat(product.getString("name")).isEqualTo("Product " + sku);
        assertThat(product.getString("vatRate")).isEqualTo("10");
        assertThat(product.getString("costPrice")).isEqualTo("99.90");
    }

    @Test
    void aDryRun_reportsWhatWouldHappen_andWritesNothing() {
        String fresh = Sales.code("dry");
        String existing = Sales.product("20");

        JsonPath job = imported("mgr", "products", true, HEADER
                + fresh + ",Dry,pcs,20,,\n" + existing + ",Renamed,pcs,20,10.00,true\n");

        assertThat(job.getMap("counts")).containsEntry("CREATED", 1).containsEntry("UPDATED", 1);
        Problems.assertProblem(as("acme", "mgr").get("/api/v1/products/" + fresh), 404);
        assertThat(as("acme", "mgr").get("/api/v1/products/" + existing).jsonPath().getString("name"))
                .isEqualTo("Product " + existing);
    }

    @Test
    void aRep_cannotImportProducts_butExportsTheCatalog() {
        String sku = Sales.product("20");

        Problems.assertProblem(postImport("rep1", "products", false, HEADER + Sales.code("rep") + ",X,pcs,20,,\n"), 403);
        assertThat(download("rep1", exported("rep1", "products"))).contains(sku.toUpperCase());
    }

    @Test
    void aProductJob_isSeenByItsCreatorAndAdmins_only_andAnotherTenantExportsOnlyItsOwnCatalog() {
        String sku = Sales.product("20");
        JsonPath job = imported("mgr", "products", true, HEADER + sku + ",Product " + sku + ",pcs,20,10.00,true\n");
        String id = job.getString("id");

        as("acme", "adm").get("/api/v1/imports/" + id).then().statusCode(200);
        Problems.assertProblem(as("acme", "rep1").get("/api/v1/imports/" + id), 404);
        Problems.assertProblem(as("acme", "rep3").get("/api/v1/imports/" + id), 404);
        Problems.assertProblem(as("globex", "gmgr").get("/api/v1/imports/" + id), 404);
        Problems.assertProblem(as("globex", "gmgr").get("/api/v1/imports/" + id + "/rows"), 404);
        JsonPath globexExport = exported("globex", "gmgr", "products");
        Problems.assertProblem(as("acme", "mgr").get("/api/v1/exports/" + globexExport.getString("id")), 404);
        assertThat(download("globex", "gmgr", globexExport)).doesNotContain(sku.toUpperCase());
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("errors")).stream().map(e -> (String) e.get("field")).toList();
    }
}
