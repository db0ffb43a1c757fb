package dev.fieldcrm.api.catalog;

import dev.fieldcrm.api.orders.Sales;
import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CatalogTest {
    @Inject
    DynamoCalls calls;

    @Test
    void aManagerAddsAProduct_underItsNormalisedSku_andEveryRepOfTheTenantReadsIt() {
        String sku = Sales.code("ab");

        as("acme", "mgr").body(Sales.product("Tea, green", "10")).put("/api/v1/products/ " + sku.toLowerCase() + " ")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("sku", equalTo(sku.toUpperCase()))
                .body("vatRate", equalTo("10"))
                .body("costPrice", equalTo("10.00"))
                .body("active", equalTo(true));

        as("acme", "rep3").get("/api/v1/products/" + sku.toUpperCase()).then().statusCode(200)
                .body("name", equalTo("Tea, green"));
    }

    @Test
    void updatingAProduct_needsItsCurrentEtag() {
        String sku = Sales.product("20");
        Map<String, Object> renamed = Sales.product("Renamed", "20");

        Problems.assertProblem(as("acme", "mgr").body(renamed).put("/api/v1/products/" + sku), 409);
        as("acme", "mgr").header("If-Match", "\"1\"").body(renamed).put("/api/v1/products/" + sku)
                .then().statusCode(200).header("ETag", "\"2\"");
        JsonPath stale = Problems.assertProblem(as("acme", "mgr").header("If-Match", "\"1\"").body(renamed)
                .put("/api/v1/products/" + sku), 412);

        assertThat(stale.getInt("currentVersion")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "semi;colon", "0123456789012345678901234567890123456789X"})
    void aSkuOutsideTheAllowedCharacters_isRefusedWith422(String sku) {
        JsonPath problem = Problems.assertProblem(as("acme", "mgr").body(Sales.product("X", "20")).put("/api/v1/products/" + sku), 422);

        assertThat(Problems.fields(problem)).containsExactly("sku");
    }

    @Test
    void aVatRateAbove100_isRefusedWith422() {
        JsonPath problem = Problems.assertProblem(as("acme", "mgr").body(Sales.product("X", "120"))
                .put("/api/v1/products/" + Sales.code("V")), 422);

        assertThat(Problems.fields(problem)).contains("vatRate");
    }

    @Test
    void aRep_cannotChangeTheCatalog() {
        String sku = Sales.product("20");
        String list = Sales.priceList("RUB", null, null, "2020-01-01", Map.of());

        Problems.assertProblem(as("acme", "rep1").body(Sales.product("X", "20")).put("/api/v1/products/" + Sales.code("R")), 403);
        Problems.assertProblem(as("acme", "rep1").body(Map.of("name", "P", "discountPercent", "5", "paymentTermDays", 10))
                .put("/api/v1/conditions-packages/" + Sales.code("R")), 403);
        Problems.assertProblem(as("acme", "rep1").body(Sales.priceListBody("RUB", null, null, "2020-01-01", null))
                .put("/api/v1/price-lists/" + Sales.code("R")), 403);
        Problems.assertProblem(Sales.putLines("rep1", list, Map.of(sku, "1.00")), 403);

        as("acme", "rep1").get("/api/v1/price-lists/" + list + "/lines").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void anotherTenant_seesNoneOfTheCatalog() {
        String sku = Sales.product("20");
        String pkg = Sales.conditionsPackage("5", 10);
        String list = Sales.priceList("RUB", null, null, "2020-01-01", Map.of(sku, "5.00"));

        Problems.assertProblem(as("globex", "grep").get("/api/v1/products/" + sku), 404);
        Problems.assertProblem(as("globex", "gmgr").get("/api/v1/conditions-packages/" + pkg), 404);
        Problems.assertProblem(as("globex", "gmgr").get("/api/v1/price-lists/" + list), 404);
        Problems.assertProblem(as("globex", "gmgr").get("/api/v1/price-lists/" + list + "/lines"), 404);
        assertThat(as("globex", "gmgr").get("/api/v1/products?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("items.sku")).doesNotContain(sku);
        // A globex manager writing the same sku creates globex's own product; acme's stays as it was.
        as("globex", "gmgr").body(Sales.product("Globex's", "0")).put("/api/v1/products/" + sku).then().statusCode(200);
        as("acme", "mgr").get("/api/v1/products/" + sku).then().statusCode(200).body("vatRate", equalTo("20"));
    }

    @Test
    void listingProducts_isOneQuery_andActiveOnlyLeavesOutInactiveOnes() {
        String inactive = Sales.code("ZZ-INACTIVE");
        Map<String, Object> body = Sales.product("Old", "20");
        body.put("active", false);
        as("acme", "mgr").body(body).put("/api/v1/products/" + inactive).then().statusCode(200);

        calls.reset();
        JsonPath all = as("acme", "rep1").get("/api/v1/products?limit=200").then().statusCode(200).extract().jsonPath();
        assertThat(calls.made()).containsExactly("Query");
        List<String> allSkus = all.getList("items.sku");
        assertThat(allSkus).isSorted();

        List<String> activeSkus = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = as("acme", "rep1").queryParam("activeOnly", true).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/products").then().statusCode(200).extract().jsonPath();
            activeSkus.addAll(page.getList("items.sku"));
            assertThat(page.getList("items.active", Boolean.class)).doesNotContain(false);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(activeSkus).doesNotContain(inactive);
    }

    @Test
    void priceListLines_withUnknownSkus_areRefusedNamingThem_andNothingIsWritten() {
        String known = Sales.product("20");
        String list = Sales.priceList("RUB", null, null, "2020-01-01", Map.of());
        Map<String, String> prices = new LinkedHashMap<>();
        prices.put(known, "10.00");
        prices.put("NO-SUCH-1", "1.00");
        prices.put("NO-SUCH-2", "2.00");

        JsonPath problem = Problems.assertProblem(Sales.putLines("mgr", list, prices), 422);

        assertThat(Problems.fields(problem)).containsExactly("lines[1].sku", "lines[2].sku");
        assertThat(problem.getList("errors.message", String.class)).anyMatch(m -> m.contains("NO-SUCH-1"));
        as("acme", "mgr").get("/api/v1/price-lists/" + list + "/lines").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void moreThan100LinesInOneRequest_isRefusedWith422() {
        String list = Sales.priceList("RUB", null, null, "2020-01-01", Map.of());
        Map<String, String> prices = new LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            prices.put("S" + i, "1.00");
        }

        Problems.assertProblem(Sales.putLines("mgr", list, prices), 422);
    }

    @Test
    void settingAPriceAgain_replacesTheLine_andLinesArePagedBySku() {
        String a = Sales.product("20");
        String b = Sales.product("10");
        String list = Sales.priceList("RUB", null, null, "2020-01-01", Map.of(a, "10.00", b, "20.00"));

        Sales.putLines("mgr", list, Map.of(a, "11.50")).then().statusCode(200).body("[0].version", equalTo(2));

        JsonPath first = as("acme", "rep1").get("/api/v1/price-lists/" + list + "/lines?limit=1").then().statusCode(200)
                .extract().jsonPath();
        JsonPath second = as("acme", "rep1").queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/price-lists/" + list + "/lines?limit=1").then().statusCode(200).extract().jsonPath();
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put(first.getString("items[0].sku"), first.getString("items[0].price"));
        seen.put(second.getString("items[0].sku"), second.getString("items[0].price"));
        assertThat(seen).containsEntry(a, "11.50").containsEntry(b, "20.00");
    }

    @Test
    void aPriceListEndingBeforeItStarts_orTargetingBothPackageAndCategory_isRefused() {
        Problems.assertProblem(as("acme", "mgr").body(Sales.priceListBody("RUB", null, null, "2026-02-01", "2026-01-01"))
                .put("/api/v1/price-lists/" + Sales.code("PL")), 422);
        Problems.assertProblem(as("acme", "mgr").body(Sales.priceListBody("RUB", "PKG-X", "VIP", "2026-01-01", null))
                .put("/api/v1/price-lists/" + Sales.code("PL")), 422);
    }

    @Test
    void theApplicablePriceList_prefersThePackage_thenTheCategory_thenAGeneralOne() {
        String currency = Sales.currency();
        String pkg = Sales.conditionsPackage("5", 10);
        String general = Sales.priceList(currency, null, null, "2026-01-01", Map.of());
        String vip = Sales.priceList(currency, null, "VIP", "2026-01-01", Map.of());
        String forPackage = Sales.priceList(currency, pkg, null, "2026-01-01", Map.of());
        String client = Sales.client("rep1", pkg);           // category VIP (TestData.client)
        String vipWithoutPackage = Given.client("rep1");     // category VIP, no package

        as("acme", "rep1").get("/api/v1/clients/" + client + "/price-list?on=2026-06-01&currency=" + currency)
                .then().statusCode(200)
                .body("priceList.id", equalTo(forPackage))
                .body("reason", equalTo("CONDITIONS_PACKAGE"));
        as("acme", "rep1").get("/api/v1/clients/" + vipWithoutPackage + "/price-list?on=2026-06-01&currency=" + currency)
                .then().statusCode(200)
                .body("priceList.id", equalTo(vip))
                .body("reason", equalTo("CATEGORY"));
        Map<String, Object> notVip = new LinkedHashMap<>(dev.fieldcrm.api.support.TestData.client("C " + dev.fieldcrm.api.support.TestData.next()));
        notVip.put("category", "C");
        String cClient = as("acme", "rep1").body(notVip).post("/api/v1/clients").then().statusCode(201).extract().path("id");
        as("acme", "rep1").get("/api/v1/clients/" + cClient + "/price-list?on=2026-06-01&currency=" + currency)
                .then().statusCode(200)
                .body("priceList.id", equalTo(general))
                .body("reason", equalTo("GENERAL"));
    }

    @Test
    void noListValidOnTheDay_is404_andABadDateIs422() {
        String currency = Sales.currency();
        Sales.priceList(currency, null, null, "2026-01-01", Map.of());
        String client = Given.client("rep1");

        Problems.assertProblem(as("acme", "rep1").get("/api/v1/clients/" + client + "/price-list?on=2025-12-31&currency=" + currency), 404);
        Problems.assertProblem(as("acme", "rep1").get("/api/v1/clients/" + client + "/price-list?on=yesterday"), 422);
    }

    @Test
    void theApplicablePriceListOfAClient_isHiddenFromOtherRepsAndTenants() {
        String client = Given.client("rep1");

        Problems.assertProblem(as("acme", "rep3").get("/api/v1/clients/" + client + "/price-list"), 404);
        Problems.assertProblem(as("acme", "rep2").get("/api/v1/clients/" + client + "/price-list"), 404);
        Problems.assertProblem(as("globex", "gmgr").get("/api/v1/clients/" + client + "/price-list"), 404);
    }
}
