package dev.fieldcrm.api.orders;

import dev.fieldcrm.api.support.TestData;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;

/**
 * Catalog and order fixtures for tenant acme, made through the API by the manager (each call must succeed).
 * Every code is unique, so tests sharing the table never see each other's catalog entries by accident.
 */
public final class Sales {
    private Sales() {
    }

    public static String code(String prefix) {
        return prefix + "-" + TestData.next();
    }

    /** A unique three-letter code used as a currency, so price list selection tests see only their own lists. */
    public static String currency() {
        int n = TestData.next();
        char[] letters = new char[3];
        for (int i = 0; i < 3; i++) {
            letters[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return "Q" + letters[0] + letters[1];
    }

    public static Map<String, Object> product(String name, String vatRate) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("unit", "pcs");
        body.put("vatRate", vatRate);
        body.put("costPrice", "10.00");
        return body;
    }

    /** A new active product; its sku. */
    public static String product(String vatRate) {
        String sku = code("SKU");
        as("acme", "mgr").body(product("Product " + sku, vatRate)).put("/api/v1/products/" + sku).then().statusCode(200);
        return sku;
    }

    /** A new conditions package; its code. */
    public static String conditionsPackage(String discountPercent, int paymentTermDays) {
        String code = code("PKG");
        as("acme", "mgr").body(Map.of("name", "Package " + code, "discountPercent", discountPercent, "paymentTermDays", paymentTermDays))
                .put("/api/v1/conditions-packages/" + code).then().statusCode(200);
        return code;
    }

    public static Map<String, Object> priceListBody(String currency, String pkg, String category, String validFrom, String validTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "List");
        body.put("currency", currency);
        body.put("validFrom", validFrom);
        if (pkg != null) {
            body.put("conditionsPackage", pkg);
        }
        if (category != null) {
            body.put("category", category);
        }
        if (validTo != null) {
            body.put("validTo", validTo);
        }
        return body;
    }

    /** A new price list with these prices (sku → net price); its id. */
    public static String priceList(String currency, String pkg, String category, String validFrom, Map<String, String> prices) {
        String id = code("PL");
        as("acme", "mgr").body(priceListBody(currency, pkg, category, validFrom, null)).put("/api/v1/price-lists/" + id)
                .then().statusCode(200);
        if (!prices.isEmpty()) {
            putLines("mgr", id, prices).then().statusCode(200);
        }
        return id;
    }

    public static Response putLines(String user, String priceListId, Map<String, String> prices) {
        List<Map<String, Object>> lines = new ArrayList<>();
        prices.forEach((sku, price) -> lines.add(Map.of("sku", sku, "price", price)));
        return as("acme", user).body(Map.of("lines", lines)).put("/api/v1/price-lists/" + priceListId + "/lines");
    }

    /** A new client of {@code owner} on its own conditions package (so its own price list applies); its id. */
    public static String client(String owner, String conditionsPackage) {
        Map<String, Object> body = TestData.client("Buyer " + TestData.next());
        body.put("conditionsPackage", conditionsPackage);
        return as("acme", owner).body(body).post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }

    /** Order lines: sku, quantity, sku, quantity… */
    public static Map<String, Object> orderBody(String... skuQuantity) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuQuantity.length; i += 2) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", skuQuantity[i]);
            line.put("quantity", skuQuantity[i + 1]);
            lines.add(line);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("lines", lines);
        body.put("comment", "Deliver to the back door");
        body.put("desiredDeliveryDate", "2031-03-01");
        return body;
    }

    public static String orders(String clientId) {
        return "/api/v1/clients/" + clientId + "/orders";
    }

    public static JsonPath order(String user, String clientId, Map<String, Object> body) {
        return as("acme", user).body(body).post(orders(clientId)).then().statusCode(201).extract().jsonPath();
    }

    public static Response step(String user, String clientId, String orderId, String action, int version) {
        return as("acme", user).header("If-Match", "\"" + version + "\"").post(orders(clientId) + "/" + orderId + "/" + action);
    }

    public static Response ship(String user, String clientId, String orderId, int version, Map<String, Object> body) {
        return as("acme", user).header("If-Match", "\"" + version + "\"").body(body)
                .post(orders(clientId) + "/" + orderId + "/shipments");
    }

    /** A world to take orders in: a product at 20 % VAT priced 100.00 on the client's own package list (no discount). */
    public record World(String pkg, String sku, String priceListId, String clientId) {
    }

    public static World world(String owner) {
        String pkg = conditionsPackage("0", 30);
        String sku = product("20");
        String list = priceList("RUB", pkg, null, "2020-01-01", Map.of(sku, "100.00"));
        return new World(pkg, sku, list, client(owner, pkg));
    }

    /** An order of {@code world} taken by the owner, submitted, confirmed and fully shipped by the manager; its id. */
    public static String shippedOrder(String owner, World world, String quantity) {
        String id = order(owner, world.clientId(), orderBody(world.sku(), quantity)).getString("id");
        step(owner, world.clientId(), id, "submit", 1).then().statusCode(200);
        step("mgr", world.clientId(), id, "confirm", 2).then().statusCode(200);
        ship("mgr", world.clientId(), id, 3, Map.of("shippedOn", "2026-11-20",
                "lines", List.of(Map.of("sku", world.sku(), "quantity", quantity)))).then().statusCode(201);
        return id;
    }

    /** A shipped order of {@code world} invoiced by the manager; the invoice. */
    public static JsonPath invoicedOrder(String owner, World world, String quantity) {
        String id = shippedOrder(owner, world, quantity);
        return step("mgr", world.clientId(), id, "invoice", 4).then().statusCode(201).extract().jsonPath();
    }

    public static Map<String, Object> payment(String invoiceId, String amount) {
        return Map.of("invoiceId", invoiceId, "amount", amount, "paidOn", "2026-11-21", "reference", "PP-" + TestData.next());
    }
}
