package dev.fieldcrm.api.orders;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fieldcrm.api.orders.Sales.orderBody;
import static dev.fieldcrm.api.orders.Sales.orders;
import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The status flow DRAFT → … → PAID, who may move an order, and the documents each step writes. */
@QuarkusTest
class OrderFlowTest {
    @Inject
    DynamoCalls calls;

    enum Status { DRAFT, SUBMITTED, CONFIRMED, PARTIALLY_SHIPPED, SHIPPED, INVOICED, PARTIALLY_PAID, PAID, CANCELLED }

    enum Action { SUBMIT, CONFIRM, CANCEL, SHIP, INVOICE }

    private static final Map<Status, Set<Action>> ALLOWED = Map.of(
            Status.DRAFT, EnumSet.of(Action.SUBMIT, Action.CANCEL),
            Status.SUBMITTED, EnumSet.of(Action.CONFIRM, Action.CANCEL),
            Status.CONFIRMED, EnumSet.of(Action.CANCEL, Action.SHIP),
            Status.PARTIALLY_SHIPPED, EnumSet.of(Action.SHIP),
            Status.SHIPPED, EnumSet.of(Action.INVOICE),
            Status.INVOICED, EnumSet.noneOf(Action.class),
            Status.PARTIALLY_PAID, EnumSet.noneOf(Action.class),
            Status.PAID, EnumSet.noneOf(Action.class),
            Status.CANCELLED, EnumSet.noneOf(Action.class));

    /** An order (2 units of 100.00 at 20 % VAT: gross 240.00) brought to {@code status}; its id and version. */
    private record Arranged(Sales.World world, String orderId, int version, String invoiceId) {
    }

    private static Arranged arrange(Status status) {
        Sales.World world = Sales.world("rep1");
        String id = Sales.order("rep1", world.clientId(), orderBody(world.sku(), "2")).getString("id");
        String client = world.clientId();
        int version = 1;
        String invoice = null;
        if (status == Status.DRAFT) {
            return new Arranged(world, id, version, null);
        }
        if (status == Status.CANCELLED) {
            Sales.step("rep1", client, id, "cancel", version).then().statusCode(200);
            return new Arranged(world, id, version + 1, null);
        }
        Sales.step("rep1", client, id, "submit", version++).then().statusCode(200);
        if (status == Status.SUBMITTED) {
            return new Arranged(world, id, version, null);
        }
        Sales.step("mgr", client, id, "confirm", version++).then().statusCode(200);
        if (status == Status.CONFIRMED) {
            return new Arranged(world, id, version, null);
        }
        Sales.ship("mgr", client, id, version++, shipment(world.sku(), "1")).then().statusCode(201);
        if (status == Status.PARTIALLY_SHIPPED) {
            return new Arranged(world, id, version, null);
        }
        Sales.ship("mgr", client, id, version++, shipment(world.sku(), "1")).then().statusCode(201);
        if (status == Status.SHIPPED) {
            return new Arranged(world, id, version, null);
        }
        invoice = Sales.step("mgr", client, id, "invoice", version++).then().statusCode(201).extract().path("id");
        if (status == Status.INVOICED) {
            return new Arranged(world, id, version, invoice);
        }
        pay("mgr", client, invoice, "100.00").then().statusCode(201);
        version++;
        if (status == Status.PARTIALLY_PAID) {
            return new Arranged(world, id, version, invoice);
        }
        pay("mgr", client, invoice, "140.00").then().statusCode(201);
        return new Arranged(world, id, version + 1, invoice);
    }

    private static Map<String, Object> shipment(String sku, String quantity) {
        return Map.of("shippedOn", "2026-11-20", "lines", List.of(Map.of("sku", sku, "quantity", quantity)));
    }

    static Response pay(String user, String clientId, String invoiceId, String amount) {
        return as("acme", user).body(Map.of("invoiceId", invoiceId, "amount", amount, "paidOn", "2026-11-21", "reference", "PP-1"))
                .post("/api/v1/clients/" + clientId + "/payments");
    }

    private static Response act(String user, Arranged order, Action action, int version) {
        return switch (action) {
            case SHIP -> Sales.ship(user, order.world().clientId(), order.orderId(), version, shipment(order.world().sku(), "1"));
            default -> Sales.step(user, order.world().clientId(), order.orderId(), action.name().toLowerCase(), version);
        };
    }

    private static JsonPath read(Arranged order) {
        return as("acme", "mgr").get(orders(order.world().clientId()) + "/" + order.orderId()).then().statusCode(200)
                .extract().jsonPath();
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void everyTransitionNotInTheFlow_isRefusedWith422_andLeavesTheOrderAsItWas(Status status) {
        Arranged order = arrange(status);
        assertThat(read(order).getString("status")).isEqualTo(status.name());

        for (Action action : Action.values()) {
            if (ALLOWED.get(status).contains(action)) {
                continue;
            }
            JsonPath problem = Problems.assertProblem(act("mgr", order, action, order.version()), 422);
            assertThat(Problems.fields(problem)).as("%s from %s", action, status).containsExactly("status");
        }

        JsonPath after = read(order);
        assertThat(after.getString("status")).isEqualTo(status.name());
        assertThat(after.getInt("version")).isEqualTo(order.version());
    }

    @Test
    void anOrder_goesFromDraftToPaid_withShipmentsInvoiceAndPayments() {
        Sales.World world = Sales.world("rep1");
        String client = world.clientId();
        String id = Sales.order("rep1", client, orderBody(world.sku(), "3")).getString("id");

        Sales.step("rep1", client, id, "submit", 1).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .header("ETag", "\"2\"").body("orderedAt", nullValue());
        Sales.step("mgr", client, id, "confirm", 2).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("orderedAt", notNullValue());
        Sales.ship("mgr", client, id, 3, shipment(world.sku(), "1.5")).then().statusCode(201)
                .body("lines[0].quantity", equalTo("1.5")).body("orderId", equalTo(id));
        as("acme", "mgr").get(orders(client) + "/" + id).then().body("status", equalTo("PARTIALLY_SHIPPED"))
                .body("lines[0].shipped", equalTo("1.5"));
        Sales.ship("mgr", client, id, 4, shipment(world.sku(), "1.5")).then().statusCode(201);
        as("acme", "mgr").get(orders(client) + "/" + id).then().body("status", equalTo("SHIPPED"));

        JsonPath invoice = Sales.step("mgr", client, id, "invoice", 5).then().statusCode(201).extract().jsonPath();
        assertThat(invoice.getString("gross")).isEqualTo("360.00");
        assertThat(invoice.getString("net")).isEqualTo("300.00");
        assertThat(invoice.getString("number")).matches("\\d{6}");
        assertThat(ChronoUnit.DAYS.between(LocalDate.parse(invoice.getString("issuedOn")), LocalDate.parse(invoice.getString("dueDate"))))
                .as("the package's payment term").isEqualTo(30);
        as("acme", "mgr").get(orders(client) + "/" + id).then().body("status", equalTo("INVOICED"))
                .body("invoiceId", equalTo(invoice.getString("id")));

        pay("mgr", client, invoice.getString("id"), "60.00").then().statusCode(201).body("amount", equalTo("60.00"));
        as("acme", "mgr").get(orders(client) + "/" + id).then().body("status", equalTo("PARTIALLY_PAID")).body("paid", equalTo("60.00"));
        pay("mgr", client, invoice.getString("id"), "300.00").then().statusCode(201);
        as("acme", "rep1").get(orders(client) + "/" + id).then().body("status", equalTo("PAID")).body("paid", equalTo("360.00"))
                .body("version", equalTo(8));

        List<String> actions = as("acme", "rep1").get("/api/v1/clients/" + client + "/history?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.entity == 'order' }.action", String.class);
        assertThat(actions).contains("created", "submit", "confirm", "shipped", "invoiced", "paid");
    }

    @Test
    void aRep_submitsAndCancelsOwnOrders_butBackOfficeStepsAreRefusedWith403() {
        Arranged submitted = arrange(Status.SUBMITTED);
        Problems.assertProblem(act("rep1", submitted, Action.CONFIRM, submitted.version()), 403);

        Arranged confirmed = arrange(Status.CONFIRMED);
        Problems.assertProblem(act("rep1", confirmed, Action.SHIP, confirmed.version()), 403);
        Problems.assertProblem(act("rep1", confirmed, Action.CANCEL, confirmed.version()), 403);

        Arranged shipped = arrange(Status.SHIPPED);
        Problems.assertProblem(act("rep1", shipped, Action.INVOICE, shipped.version()), 403);

        Arranged invoiced = arrange(Status.INVOICED);
        Problems.assertProblem(pay("rep1", invoiced.world().clientId(), invoiced.invoiceId(), "1.00"), 403);

        assertThat(read(submitted).getString("status")).isEqualTo("SUBMITTED");
        assertThat(read(confirmed).getString("status")).isEqualTo("CONFIRMED");
        assertThat(read(shipped).getString("status")).isEqualTo("SHIPPED");
        assertThat(read(invoiced).getString("status")).isEqualTo("INVOICED");
        act("rep1", submitted, Action.CANCEL, submitted.version()).then().statusCode(200).body("status", equalTo("CANCELLED"));
        act("mgr", confirmed, Action.CANCEL, confirmed.version()).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void everyStep_needsTheOrdersCurrentEtag() {
        Arranged order = arrange(Status.DRAFT);

        Problems.assertProblem(as("acme", "rep1").post(orders(order.world().clientId()) + "/" + order.orderId() + "/submit"), 428);
        JsonPath stale = Problems.assertProblem(act("rep1", order, Action.SUBMIT, 7), 412);
        assertThat(stale.getInt("currentVersion")).isEqualTo(1);
        Arranged confirmed = arrange(Status.CONFIRMED);
        Problems.assertProblem(act("mgr", confirmed, Action.SHIP, 1), 412);
        Arranged shipped = arrange(Status.SHIPPED);
        Problems.assertProblem(act("mgr", shipped, Action.INVOICE, 1), 412);

        assertThat(read(order).getString("status")).isEqualTo("DRAFT");
        assertThat(read(confirmed).getString("status")).isEqualTo("CONFIRMED");
        assertThat(read(shipped).getString("status")).isEqualTo("SHIPPED");
    }

    @Test
    void shippingMoreThanIsLeft_orAProductNotOrdered_isRefusedWith422() {
        Arranged order = arrange(Status.PARTIALLY_SHIPPED);
        String other = Sales.product("20");

        JsonPath tooMuch = Problems.assertProblem(Sales.ship("mgr", order.world().clientId(), order.orderId(), order.version(),
                shipment(order.world().sku(), "1.001")), 422);
        assertThat(Problems.fields(tooMuch)).containsExactly("lines[0].quantity");
        JsonPath notOrdered = Problems.assertProblem(Sales.ship("mgr", order.world().clientId(), order.orderId(), order.version(),
                shipment(other, "1")), 422);
        assertThat(Problems.fields(notOrdered)).containsExactly("lines[0].sku");
        assertThat(read(order).getString("lines[0].shipped")).isEqualTo("1");
    }

    @Test
    void invoiceNumbers_followEachOtherWithoutGaps_andTheDefaultTermIs14Days() {
        Arranged first = arrange(Status.SHIPPED);
        Arranged second = arrange(Status.SHIPPED);
        // A client without a conditions package, ordering from a named list: the default payment term applies.
        String noPackage = as("acme", "rep1").body(TestData.client("No package " + TestData.next())).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> body = orderBody(first.world().sku(), "1");
        body.put("priceListId", first.world().priceListId());
        String third = as("acme", "rep1").body(body).post(orders(noPackage)).then().statusCode(201).extract().path("id");
        Sales.step("rep1", noPackage, third, "submit", 1).then().statusCode(200);
        Sales.step("mgr", noPackage, third, "confirm", 2).then().statusCode(200);
        Sales.ship("mgr", noPackage, third, 3, shipment(first.world().sku(), "1")).then().statusCode(201);

        calls.reset();
        JsonPath a = act("mgr", first, Action.INVOICE, first.version()).then().statusCode(201).extract().jsonPath();
        assertThat(calls.made()).containsExactly("Query", "GetItem", "GetItem", "GetItem", "TransactWriteItems");
        JsonPath b = act("mgr", second, Action.INVOICE, second.version()).then().statusCode(201).extract().jsonPath();
        JsonPath c = Sales.step("adm", noPackage, third, "invoice", 4).then().statusCode(201).extract().jsonPath();

        assertThat(b.getLong("sequence")).isEqualTo(a.getLong("sequence") + 1);
        assertThat(c.getLong("sequence")).isEqualTo(a.getLong("sequence") + 2);
        assertThat(c.getString("number")).isEqualTo(String.format("%06d", c.getLong("sequence")));
        assertThat(ChronoUnit.DAYS.between(LocalDate.parse(c.getString("issuedOn")), LocalDate.parse(c.getString("dueDate")))).isEqualTo(14);
    }

    @Test
    void shipmentsAndInvoices_ofAnotherRepsOrTenantsClient_areRefusedAsIfTheOrderDidNotExist() {
        Arranged confirmed = arrange(Status.CONFIRMED);
        String path = orders(confirmed.world().clientId()) + "/" + confirmed.orderId();

        Problems.assertProblem(as("globex", "gmgr").header("If-Match", "\"3\"").body(shipment(confirmed.world().sku(), "1"))
                .post(path + "/shipments"), 404);
        Problems.assertProblem(as("globex", "gmgr").header("If-Match", "\"3\"").post(path + "/confirm"), 404);
        Problems.assertProblem(as("globex", "gmgr").header("If-Match", "\"3\"").post(path + "/invoice"), 404);

        assertThat(read(confirmed).getString("status")).isEqualTo("CONFIRMED");
    }
}
