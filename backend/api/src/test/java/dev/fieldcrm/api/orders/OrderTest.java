package dev.fieldcrm.api.orders;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.orders.Sales.orderBody;
import static dev.fieldcrm.api.orders.Sales.orders;
import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class OrderTest {
    @Inject
    DynamoCalls calls;

    @Test
    void anOrder_isPricedFromTheClientsList_withItsPackageDiscount_andVatPerProduct() {
        String pkg = Sales.conditionsPackage("7.5", 30);
        String tea = Sales.product("20");
        String bread = Sales.product("10");
        String water = Sales.product("0");
        String list = Sales.priceList("RUB", pkg, null, "2020-01-01", Map.of(tea, "19.99", bread, "33.33", water, "0.01"));
        String client = Sales.client("rep1", pkg);

        JsonPath order = as("acme", "rep1").body(orderBody(tea, "1.5", bread, "3", water, "0.5")).post(orders(client))
                .then().statusCode(201).header("ETag", "\"1\"").extract().jsonPath();

        assertThat(order.getString("status")).isEqualTo("DRAFT");
        assertThat(order.getString("priceListId")).isEqualTo(list);
        assertThat(order.getString("currency")).isEqualTo("RUB");
        assertThat(order.getString("conditionsPackage")).isEqualTo(pkg);
        assertThat(order.getString("ownerId")).isEqualTo("rep1");
        // tea: 19.99 × 1.5 × 0.925 = 27.736125 → 27.74, VAT 20 % 5.548 → 5.55
        // bread: 33.33 × 3 × 0.925 = 92.49075 → 92.49, VAT 10 % 9.249 → 9.25
        // water: 0.01 × 0.5 × 0.925 = 0.004625 → 0.00, VAT 0
        assertThat(order.getList("lines.net", String.class)).containsExactly("27.74", "92.49", "0.00");
        assertThat(order.getList("lines.vat", String.class)).containsExactly("5.55", "9.25", "0.00");
        assertThat(order.getList("lines.price", String.class)).containsExactly("19.99", "33.33", "0.01");
        assertThat(order.getList("lines.vatRate", String.class)).containsExactly("20", "10", "0");
        assertThat(order.getString("lines[0].name")).isEqualTo("Product " + tea);
        assertThat(order.getString("lines[0].unit")).isEqualTo("pcs");
        assertThat(order.getString("net")).isEqualTo("120.23");
        assertThat(order.getString("vat")).isEqualTo("14.80");
        assertThat(order.getString("gross")).isEqualTo("135.03");
    }

    @Test
    void thePricesAreASnapshot_laterCatalogChangesDoNotAlterATakenOrder() {
        Sales.World world = Sales.world("rep1");
        String id = Sales.order("rep1", world.clientId(), orderBody(world.sku(), "2")).getString("id");

        Sales.putLines("mgr", world.priceListId(), Map.of(world.sku(), "150.00")).then().statusCode(200);

        as("acme", "rep1").get(orders(world.clientId()) + "/" + id).then().statusCode(200)
                .body("lines[0].price", equalTo("100.00"))
                .body("gross", equalTo("240.00"));
    }

    @Test
    void takingAnOrder_readsClientCatalogAndPrices_inFourCalls_andWritesOneTransaction() {
        Sales.World world = Sales.world("rep1");

        calls.reset();
        Sales.order("rep1", world.clientId(), orderBody(world.sku(), "1"));

        // GetItem client · GetItem conditions package · Query price list headers · BatchGetItem products+lines · TWI
        assertThat(calls.made()).containsExactly("GetItem", "Query", "GetItem", "BatchGetItem", "TransactWriteItems");
    }

    @Test
    void unknownInactiveAndUnlistedSkus_areRefusedNamingTheirLines_andNoOrderIsStored() {
        Sales.World world = Sales.world("rep1");
        String unlisted = Sales.product("20");
        String inactive = Sales.product("20");
        Map<String, Object> off = Sales.product("Old", "20");
        off.put("active", false);
        as("acme", "mgr").header("If-Match", "\"1\"").body(off).put("/api/v1/products/" + inactive).then().statusCode(200);
        Sales.putLines("mgr", world.priceListId(), Map.of(inactive, "5.00")).then().statusCode(200);

        JsonPath problem = Problems.assertProblem(as("acme", "rep1")
                .body(orderBody(world.sku(), "1", "NO-SUCH", "1", unlisted, "2", inactive, "1")).post(orders(world.clientId())), 422);

        assertThat(Problems.fields(problem)).containsExactly("lines[1].sku", "lines[2].sku", "lines[3].sku");
        as("acme", "rep1").get(orders(world.clientId())).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void badLines_areRefusedWith422() {
        Sales.World world = Sales.world("rep1");

        Problems.assertProblem(as("acme", "rep1").body(orderBody(world.sku(), "0")).post(orders(world.clientId())), 422);
        Problems.assertProblem(as("acme", "rep1").body(orderBody(world.sku(), "1.0001")).post(orders(world.clientId())), 422);
        Problems.assertProblem(as("acme", "rep1").body(orderBody(world.sku(), "-1")).post(orders(world.clientId())), 422);
        Problems.assertProblem(as("acme", "rep1").body(orderBody()).post(orders(world.clientId())), 422);
        JsonPath twice = Problems.assertProblem(as("acme", "rep1").body(orderBody(world.sku(), "1", world.sku(), "2"))
                .post(orders(world.clientId())), 422);
        assertThat(Problems.fields(twice)).containsExactly("lines[1].sku");
        String[] tooMany = new String[402];
        for (int i = 0; i < 201; i++) {
            tooMany[2 * i] = "S" + i;
            tooMany[2 * i + 1] = "1";
        }
        Problems.assertProblem(as("acme", "rep1").body(orderBody(tooMany)).post(orders(world.clientId())), 422);
    }

    @Test
    void aNamedPriceList_pricesTheOrderInsteadOfTheApplicableOne_andAnUnknownOneIsRefused() {
        Sales.World world = Sales.world("rep1");
        String stranger = Sales.client("rep1", Sales.conditionsPackage("0", 10));
        Map<String, Object> body = orderBody(world.sku(), "1");
        body.put("priceListId", "NO-SUCH-LIST");
        JsonPath problem = Problems.assertProblem(as("acme", "rep1").body(body).post(orders(stranger)), 422);
        assertThat(Problems.fields(problem)).containsExactly("priceListId");

        body.put("priceListId", world.priceListId());
        as("acme", "rep1").body(body).post(orders(stranger)).then().statusCode(201)
                .body("priceListId", equalTo(world.priceListId()));
    }

    @Test
    void aRetriedPost_withTheSameIdempotencyKey_takesTheOrderOnce() {
        Sales.World world = Sales.world("rep1");
        String key = "order-" + TestData.next();

        String first = as("acme", "rep1").header("Idempotency-Key", key).body(orderBody(world.sku(), "1"))
                .post(orders(world.clientId())).then().statusCode(201).extract().path("id");
        as("acme", "rep1").header("Idempotency-Key", key).body(orderBody(world.sku(), "1"))
                .post(orders(world.clientId())).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));

        as("acme", "rep1").get(orders(world.clientId())).then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(first));
    }

    @Test
    void anOfflineOrderWithItsOwnId_sentTwice_isStoredOnce() {
        Sales.World world = Sales.world("rep1");
        String id = TestData.ulid();

        as("acme", "rep1").body(orderBody(world.sku(), "1")).put(orders(world.clientId()) + "/" + id)
                .then().statusCode(200).body("id", equalTo(id)).header("ETag", "\"1\"");
        as("acme", "rep1").body(orderBody(world.sku(), "1")).put(orders(world.clientId()) + "/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("version", equalTo(1));

        as("acme", "rep1").get(orders(world.clientId())).then().statusCode(200).body("items.size()", equalTo(1));
        Problems.assertProblem(as("acme", "rep1").body(orderBody(world.sku(), "1")).put(orders(world.clientId()) + "/not-a-ulid"), 422);
    }

    @Test
    void aDraftsLines_areReplacedWithItsEtag_butOnceSubmittedItCannotBeChanged() {
        Sales.World world = Sales.world("rep1");
        String id = Sales.order("rep1", world.clientId(), orderBody(world.sku(), "1")).getString("id");
        String path = orders(world.clientId()) + "/" + id;

        as("acme", "rep1").header("If-Match", "\"1\"").body(orderBody(world.sku(), "5")).put(path)
                .then().statusCode(200).header("ETag", "\"2\"").body("gross", equalTo("600.00"));
        JsonPath stale = Problems.assertProblem(as("acme", "rep1").header("If-Match", "\"1\"").body(orderBody(world.sku(), "6")).put(path), 412);
        assertThat(stale.getInt("currentVersion")).isEqualTo(2);

        Sales.step("rep1", world.clientId(), id, "submit", 2).then().statusCode(200);
        Problems.assertProblem(as("acme", "rep1").header("If-Match", "\"3\"").body(orderBody(world.sku(), "7")).put(path), 422);
        as("acme", "rep1").get(path).then().statusCode(200).body("gross", equalTo("600.00")).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void orderLists_showARepTheirOwn_andAManagerTheTeam_filteredByStatus() {
        Sales.World mine = Sales.world("rep1");
        Sales.World theirs = Sales.world("rep3");
        String draft = Sales.order("rep1", mine.clientId(), orderBody(mine.sku(), "1")).getString("id");
        String submitted = Sales.order("rep1", mine.clientId(), orderBody(mine.sku(), "2")).getString("id");
        Sales.step("rep1", mine.clientId(), submitted, "submit", 1).then().statusCode(200);
        String west = Sales.order("rep3", theirs.clientId(), orderBody(theirs.sku(), "1")).getString("id");

        List<String> rep1Orders = allIds("rep1", "/api/v1/orders");
        assertThat(rep1Orders).contains(draft, submitted).doesNotContain(west);
        assertThat(allIds("rep1", "/api/v1/orders?status=SUBMITTED")).contains(submitted).doesNotContain(draft);
        assertThat(allIds("mgr", "/api/v1/orders")).contains(draft, submitted).doesNotContain(west);
        assertThat(allIds("mgr", "/api/v1/orders?ownerId=rep1&status=DRAFT")).contains(draft).doesNotContain(submitted);
        assertThat(allIds("rep3", "/api/v1/orders")).contains(west).doesNotContain(draft);
        Problems.assertProblem(as("acme", "rep3").get("/api/v1/orders?ownerId=rep1"), 403);
        Problems.assertProblem(as("acme", "mgr").get("/api/v1/orders?ownerId=rep3"), 404);
        Problems.assertProblem(as("acme", "rep1").get("/api/v1/orders?status=NOPE"), 422);
    }

    @Test
    void anotherRepsOrTenantsUsers_cannotSeeOrTakeOrdersOfAClient() {
        Sales.World world = Sales.world("rep1");
        String id = Sales.order("rep1", world.clientId(), orderBody(world.sku(), "1")).getString("id");
        String path = orders(world.clientId()) + "/" + id;

        for (String[] who : new String[][]{{"acme", "rep2"}, {"acme", "rep3"}, {"globex", "grep"}, {"globex", "gmgr"}}) {
            Problems.assertProblem(as(who[0], who[1]).get(path), 404);
            Problems.assertProblem(as(who[0], who[1]).get(orders(world.clientId())), 404);
            Problems.assertProblem(as(who[0], who[1]).body(orderBody(world.sku(), "1")).post(orders(world.clientId())), 404);
            Problems.assertProblem(as(who[0], who[1]).body(orderBody(world.sku(), "1")).put(orders(world.clientId()) + "/" + TestData.ulid()), 404);
            Problems.assertProblem(as(who[0], who[1]).header("If-Match", "\"1\"").post(path + "/submit"), 404);
            Problems.assertProblem(as(who[0], who[1]).header("If-Match", "\"1\"").post(path + "/cancel"), 404);
        }
        assertThat(allIds("rep2", "/api/v1/orders")).doesNotContain(id);
        assertThat(as("globex", "gmgr").get("/api/v1/orders").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class)).doesNotContain(id);
        as("acme", "rep1").get(path).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    private static List<String> allIds(String user, String path) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = as("acme", user).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.get(path);
            JsonPath page = response.then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }
}
