package dev.fieldcrm.api.imports;

import dev.fieldcrm.api.orders.Sales;
import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Problems;
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

import static dev.fieldcrm.api.imports.Jobs.download;
import static dev.fieldcrm.api.imports.Jobs.exported;
import static dev.fieldcrm.api.imports.Jobs.imported;
import static dev.fieldcrm.api.imports.Jobs.postImport;
import static dev.fieldcrm.api.imports.Jobs.rows;
import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

@QuarkusTest
class PriceListLineTransferTest {
    private static final String HEADER = "priceListId,sku,price\n";

    @Inject
    DynamoCalls calls;

    @Test
    void aPriceListExport_importsBackAsAllUnchanged() {
        String tea = Sales.product("20");
        String coffee = Sales.product("20");
        String list = Sales.priceList("RUB", null, null, "2020-01-01", Map.of(tea, "150.50", coffee, "99"));

        JsonPath export = exported("mgr", "price-list-lines");
        String csv = download("mgr", export);
        JsonPath reimport = imported("mgr", "price-list-lines", false, csv);

        assertThat(csv).startsWith("\uFEFFpriceListId,sku,price");
        List<Map<String, String>> lines = CsvRecords.of(csv).stream().filter(r -> r.get("priceListId").equals(list)).toList();
        assertThat(lines).extracting(r -> r.get("sku"), r -> r.get("price"))
                .containsExactlyInAnyOrder(tuple(tea, "150.50"), tuple(coffee, "99"));
        assertThat(reimport.getInt("totalRows")).isEqualTo(export.getInt("totalRows"));
        assertThat(reimport.getMap("counts")).containsEntry("UNCHANGED", export.getInt("totalRows"))
                .containsEntry("UPDATED", 0).containsEntry("CREATED", 0).containsEntry("INVALID", 0);
    }

    @Test
    void anImport_repricesALine_addsANewOne_andReportsUnknownListsAndSkusByColumn() {
        String tea = Sales.product("20");
        String coffee = Sales.product("20");
        String sugar = Sales.product("10");
        String list = Sales.priceList("RUB", null, null, "2020-01-01", Map.of(tea, "150.50", coffee, "99"));
        String csv = HEADER
                + list + "," + tea + ",160\n"
                + list.toLowerCase() + "," + coffee.toLowerCase() + ",99.00\n"
                + list + "," + sugar + ",12.5\n"
                + "NO-SUCH-LIST," + tea + ",1\n"
                + list + ",NO-SUCH-SKU,1\n"
                + list + "," + tea + ",-1\n"
                + "bad list,bad sku,cheap\n";

        JsonPath job = imported("mgr", "price-list-lines", false, csv);

        assertThat(job.getMap("counts")).containsEntry("UPDATED", 1).containsEntry("UNCHANGED", 1)
                .containsEntry("CREATED", 1).containsEntry("INVALID", 4);
        List<Map<String, Object>> rows = rows("mgr", job.getString("id"), null);
        assertThat(rows).extracting(r -> r.get("row"), r -> r.get("outcome")).containsExactly(
                tuple(1, "UPDATED"), tuple(2, "UNCHANGED"), tuple(3, "CREATED"), tuple(4, "INVALID"),
                tuple(5, "INVALID"), tuple(6, "INVALID"), tuple(7, "INVALID"));
        assertThat(ProductTransferTest.fields(rows.get(3))).containsExactly("priceListId");
        assertThat(ProductTransferTest.fields(rows.get(4))).containsExactly("sku");
        assertThat(ProductTransferTest.fields(rows.get(5))).containsExactly("price");
        assertThat(ProductTransferTest.fields(rows.get(6))).containsExactlyInAnyOrder("priceListId", "sku", "price");
        assertThat(prices(list)).containsEntry(tea, "160").containsEntry(coffee, "99").containsEntry(sugar, "12.5")
                .hasSize(3);
    }

    @Test
    void aDryRun_writesNoPrice() {
        String tea = Sales.product("20");
        String list = Sales.priceList("RUB", null, null, "2020-01-01", Map.of(tea, "150.50"));

        JsonPath job = imported("mgr", "price-list-lines", true, HEADER + list + "," + tea + ",1\n");

        assertThat(job.getMap("counts")).containsEntry("UPDATED", 1);
        assertThat(prices(list)).containsEntry(tea, "150.50");
    }

    @Inject
    TransferService transfers;

    @Test
    void anUnchangedLine_costsAGetItemAndABatchGetItem_andWritesNothing() {
        String tea = Sales.product("20");
        String list = Sales.priceList("RUB", null, null, "2020-01-01", Map.of(tea, "150.50"));
        Caller manager = new Caller("acme", "mgr", Set.of(Role.MANAGER), "east", null);
        String jobId = transfers.startImport(manager, "price-list-lines", false,
                (HEADER + list + "," + tea + ",150.5\n").getBytes(StandardCharsets.UTF_8)).id();

        calls.reset();
        var job = transfers.processNextChunk("acme", jobId);

        assertThat(job.counts()).containsEntry(dev.fieldcrm.core.imports.Outcome.UNCHANGED, 1);
        // GetItem job · TransactWrite lease (the file comes from the file store) · GetItem price list · BatchGetItem
        // product + line · TransactWrite progress: no write for the line.
        assertThat(calls.made()).containsExactly("GetItem", "TransactWriteItems", "GetItem", "BatchGetItem",
                "TransactWriteItems");
    }

    @Test
    void aRep_cannotImportPrices_andAnotherTenantNeverSeesTheLines() {
        String tea = Sales.product("20");
        String list = Sales.priceList("RUB", null, null, "2020-01-01", Map.of(tea, "150.50"));

        Problems.assertProblem(postImport("rep2", "price-list-lines", false, HEADER + list + "," + tea + ",1\n"), 403);
        JsonPath repExport = exported("rep2", "price-list-lines");
        assertThat(download("rep2", repExport)).contains(list + "," + tea + ",150.50");
        Problems.assertProblem(as("acme", "rep1").get("/api/v1/exports/" + repExport.getString("id")), 404);
        Problems.assertProblem(as("globex", "gmgr").get("/api/v1/exports/" + repExport.getString("id")), 404);
        assertThat(download("globex", "gmgr", exported("globex", "gmgr", "price-list-lines"))).doesNotContain(list);
        assertThat(prices(list)).containsEntry(tea, "150.50");
    }

    private static Map<String, String> prices(String list) {
        List<Map<String, Object>> items = as("acme", "mgr").get("/api/v1/price-lists/" + list + "/lines")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, String> prices = new java.util.HashMap<>();
        items.forEach(line -> prices.put((String) line.get("sku"), (String) line.get("price")));
        return prices;
    }
}
