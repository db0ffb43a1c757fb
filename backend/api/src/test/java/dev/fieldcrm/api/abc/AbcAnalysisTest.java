package dev.fieldcrm.api.abc;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The ABC analysis over a tenant of its own (a manager and a rep), so the sales it classifies are exactly the ones
 * made here. Product P1 sells at 100.00 and costs 60.00; P2 sells at 50.00 and has no cost price.
 */
@QuarkusTest
class AbcAnalysisTest {
    private static final String RUNS = "/api/v1/abc-runs";

    @Inject
    UserStore users;
    @Inject
    DynamoCalls calls;

    private String tenant;
    private final String month = YearMonth.now(ZoneOffset.UTC).toString();

    @BeforeEach
    void aTenantWithACatalog() {
        tenant = "abc" + TestData.next();
        users.save(tenant, new User("boss", "Boss", "boss@example.com", Set.of(Role.MANAGER), "hq", "Europe/Moscow", "ru", true, 1));
        users.save(tenant, new User("seller", "Seller", "seller@example.com", Set.of(Role.REP), "hq", "Europe/Moscow", "ru", true, 1));
        users.save(tenant, new User("seller2", "Seller 2", "seller2@example.com", Set.of(Role.REP), "hq", "Europe/Moscow", "ru", true, 1));
        users.save(tenant, new User("chief", "Chief", "chief@example.com", Set.of(Role.ADMIN), null, "Europe/Moscow", "ru", true, 1));
        users.save(tenant, new User("faraway", "Far Away", "far@example.com", Set.of(Role.REP), "field", "Europe/Moscow", "ru", true, 1));
        product("P1", "60.00");
        product("P2", null);
        as(tenant, "boss").body(Map.of("name", "Base", "currency", "RUB", "validFrom", "2020-01-01"))
                .put("/api/v1/price-lists/BASE").then().statusCode(200);
        as(tenant, "boss").body(Map.of("lines", List.of(Map.of("sku", "P1", "price", "100.00"), Map.of("sku", "P2", "price", "50.00"))))
                .put("/api/v1/price-lists/BASE/lines").then().statusCode(200);
    }

    @Test
    void clientsAreClassifiedByTurnoverAndByMargin_andEachCardShowsItsClass() {
        String big = client();
        String middle = client();
        String small = client();
        String noCost = client();
        String draftOnly = client();
        sale(big, "P1", "8");        // turnover 800, margin 800 − 480 = 320
        sale(middle, "P1", "1.5");   // turnover 150, margin 150 − 90 = 60
        sale(small, "P1", "1");      // turnover 100, margin 40
        sale(noCost, "P2", "3");     // turnover 150, margin unknown: 0
        order(draftOnly, "P1", "50"); // a draft is not a sale

        JsonPath run = as(tenant, "boss").body(Map.of("from", month, "to", month)).post(RUNS)
                .then().statusCode(201).extract().jsonPath();

        assertThat(run.getInt("clients")).isEqualTo(4);
        assertThat(run.getInt("orders")).isEqualTo(4);
        assertThat(run.getString("turnover")).isEqualTo("1200.00");
        assertThat(run.getString("margin")).isEqualTo("420.00");
        assertThat(run.getString("currency")).isEqualTo("RUB");
        assertThat(run.getInt("linesWithoutCost")).isEqualTo(1);
        // Turnover 1 200: 800 (A, crosses nothing yet), 150 + 150 (A: 800 < 960 before them), 100 (B: 1 100 < 1 140).
        assertThat(run.getMap("turnoverClasses")).isEqualTo(Map.of("A", 3, "B", 1, "C", 0));
        // Margin 420: 320 (A), 60 (A: 320 < 336), 40 (B: 380 < 399), 0 (C).
        assertThat(run.getMap("marginClasses")).isEqualTo(Map.of("A", 2, "B", 1, "C", 1));

        assertCard(big, "A", "A", "800.00");
        assertCard(middle, "A", "A", "150.00");
        assertCard(small, "B", "B", "100.00");
        assertCard(noCost, "A", "C", "150.00");
        as(tenant, "seller").get("/api/v1/clients/" + draftOnly).then().statusCode(200).body("abc", equalTo(null));
        as(tenant, "boss").get(RUNS).then().statusCode(200).body("items[0].id", equalTo(run.getString("id")));
    }

    @Test
    void thresholdsAreConfigurable() {
        String big = client();
        String small = client();
        sale(big, "P1", "9");
        sale(small, "P1", "1");

        Map<String, Object> body = new HashMap<>(Map.of("from", month, "to", month));
        body.put("thresholds", Map.of("aShare", "95", "bShare", "5"));
        as(tenant, "boss").body(body).post(RUNS).then().statusCode(201)
                .body("turnoverClasses.A", equalTo(2));

        assertCard(small, "A", "A", "100.00");
    }

    @Test
    void aRunReadsEachMonthFromTheMonthIndex_andWritesTheResultsInOneTransaction() {
        sale(client(), "P1", "2");
        calls.reset();

        as(tenant, "boss").body(Map.of("from", month, "to", month)).post(RUNS).then().statusCode(201);

        // Settings (default currency) · month index · products' cost prices · results and the run.
        assertThat(calls.made()).containsExactly("Query", "Query", "BatchGetItem", "TransactWriteItems");
    }

    @Test
    void aRepMayNotRunTheAnalysis_andABadPeriodIsRefused() {
        as(tenant, "seller").body(Map.of("from", month, "to", month)).post(RUNS).then().statusCode(403);
        as(tenant, "seller").get(RUNS).then().statusCode(403);
        as(tenant, "boss").body(Map.of("from", "2026-05", "to", "2026-04")).post(RUNS).then().statusCode(422)
                .body("errors[0].field", equalTo("to"));
        as(tenant, "boss").body(Map.of("from", "2020-01", "to", "2026-01")).post(RUNS).then().statusCode(422);
        as(tenant, "boss").body(Map.of("from", month)).post(RUNS).then().statusCode(422);
    }

    @Test
    void anotherTenantsRun_neitherSeesNorTouchesThisTenantsClients() {
        String client = client();
        sale(client, "P1", "3");
        String ours = as(tenant, "boss").body(Map.of("from", month, "to", month)).post(RUNS).then().statusCode(201)
                .extract().path("id");

        as("globex", "gmgr").body(Map.of("from", month, "to", month)).post(RUNS).then().statusCode(201);

        as(tenant, "seller").get("/api/v1/clients/" + client).then().statusCode(200).body("abc.runId", equalTo(ours));
        assertThat(as("globex", "gmgr").get(RUNS).then().statusCode(200).extract().jsonPath().getList("items.id"))
                .doesNotContain(ours);
    }

    @Test
    void theTeamsAbcDistribution_countsEachRepsClientsPerClassOfTheLatestRun_withTwoQueries() {
        String big = client("seller");
        String small = client("seller");
        String middle = client("seller2");
        String elsewhere = client("faraway");
        sale(big, "P1", "8");
        sale(small, "P1", "1");
        sale("seller2", middle, "P1", "3");
        sale("faraway", elsewhere, "P1", "2");
        as(tenant, "boss").body(Map.of("from", month, "to", month)).post(RUNS).then().statusCode(201);

        calls.reset();
        JsonPath team = as(tenant, "boss").get("/api/v1/reports/abc").then().statusCode(200).extract().jsonPath();

        assertThat(calls.made()).containsExactly("Query", "Query");
        assertThat(team.getString("teamId")).isEqualTo("hq");
        assertThat(team.getList("reps.ownerId")).containsExactlyInAnyOrder("seller", "seller2");
        Map<String, Integer> sellers = team.getMap("reps.find { it.ownerId == 'seller' }.turnoverClasses");
        assertThat(sellers.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(team.getMap("turnoverClasses").values().stream().mapToInt(v -> (Integer) v).sum()).isEqualTo(3);
        assertThat(as(tenant, "boss").get("/api/v1/reports/abc?team=field").then().statusCode(403)
                .contentType("application/problem+json").extract().path("status").toString()).isEqualTo("403");
        as(tenant, "seller").get("/api/v1/reports/abc").then().statusCode(403);
    }

    private void assertCard(String client, String byTurnover, String byMargin, String turnover) {
        as(tenant, "seller").get("/api/v1/clients/" + client).then().statusCode(200)
                .body("abc.turnoverClass", equalTo(byTurnover))
                .body("abc.marginClass", equalTo(byMargin))
                .body("abc.turnover", equalTo(turnover))
                .body("abc.orders", equalTo(1))
                .body("abc.ordersPerMonth", equalTo("1.00"))
                .body("abc.from", equalTo(month));
    }

    private void product(String sku, String cost) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Product " + sku, "unit", "pcs", "vatRate", "20"));
        if (cost != null) {
            body.put("costPrice", cost);
        }
        as(tenant, "boss").body(body).put("/api/v1/products/" + sku).then().statusCode(200);
    }

    private String client() {
        return client("seller");
    }

    private String client(String user) {
        return as(tenant, user).body(TestData.client("Buyer " + TestData.next())).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    private String order(String client, String sku, String quantity) {
        return order("seller", client, sku, quantity);
    }

    private String order(String user, String client, String sku, String quantity) {
        return as(tenant, user).body(Map.of("lines", List.of(Map.of("sku", sku, "quantity", quantity))))
                .post("/api/v1/clients/" + client + "/orders").then().statusCode(201).extract().path("id");
    }

    /** An order submitted by the rep and confirmed by the back office (an admin: any team's): a sale of this month. */
    private void sale(String client, String sku, String quantity) {
        sale("seller", client, sku, quantity);
    }

    private void sale(String user, String client, String sku, String quantity) {
        String order = order(user, client, sku, quantity);
        String path = "/api/v1/clients/" + client + "/orders/" + order;
        as(tenant, user).header("If-Match", "\"1\"").post(path + "/submit").then().statusCode(200);
        as(tenant, "chief").header("If-Match", "\"2\"").post(path + "/confirm").then().statusCode(200);
    }
}
