package dev.fieldcrm.api.catalog;

import dev.fieldcrm.api.orders.Sales;
import dev.fieldcrm.api.support.Problems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** A proposal line that names only a sku and a quantity is completed from the client's price list. */
@QuarkusTest
class ProposalFromPriceListTest {

    private static Map<String, Object> proposal(List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Offer");
        body.put("currency", "RUB");
        body.put("lines", lines);
        return body;
    }

    @Test
    void aLineNamingOnlyItsSku_getsNameUnitPriceVatAndThePackageDiscountFromTheCatalog() {
        String pkg = Sales.conditionsPackage("10", 30);
        String sku = Sales.product("20");
        Sales.priceList("RUB", pkg, null, "2020-01-01", Map.of(sku, "100.00"));
        String client = Sales.client("rep1", pkg);

        JsonPath created = as("acme", "rep1").body(proposal(List.of(Map.of("sku", sku, "quantity", "2"))))
                .post("/api/v1/clients/" + client + "/proposals").then().statusCode(201).extract().jsonPath();

        // 2 × 100.00 − 10 % = 180.00 net, 20 % VAT 36.00
        assertThat(created.getString("totals.net")).isEqualTo("180.00");
        assertThat(created.getString("totals.vat")).isEqualTo("36.00");
        assertThat(created.getString("totals.total")).isEqualTo("216.00");
        String html = as("acme", "rep1").accept("*/*").get(created.getString("htmlUrl")).then().statusCode(200).extract().asString();
        assertThat(html).contains("Product " + sku);
    }

    @Test
    void typedValuesWin_andAnUnknownSkuStaysIncomplete() {
        String pkg = Sales.conditionsPackage("10", 30);
        String sku = Sales.product("20");
        Sales.priceList("RUB", pkg, null, "2020-01-01", Map.of(sku, "100.00"));
        String client = Sales.client("rep1", pkg);

        JsonPath typed = as("acme", "rep1").body(proposal(List.of(Map.of("sku", sku, "quantity", "1", "price", "50.00", "name", "Special"))))
                .post("/api/v1/clients/" + client + "/proposals").then().statusCode(201).extract().jsonPath();
        assertThat(typed.getString("totals.net")).as("typed price, no package discount on it").isEqualTo("50.00");

        JsonPath problem = Problems.assertProblem(as("acme", "rep1").body(proposal(List.of(Map.of("sku", "NO-SUCH-SKU", "quantity", "1"))))
                .post("/api/v1/clients/" + client + "/proposals"), 422);
        assertThat(Problems.fields(problem)).containsExactly("lines[0].name");
    }
}
