package dev.fieldcrm.api.orders;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Fetch;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Payments against invoices, and what the client owes: on the card and aged by day. */
@QuarkusTest
class ReceivablesTest {
    @Inject
    DynamoCalls calls;

    private static String payments(String clientId) {
        return "/api/v1/clients/" + clientId + "/payments";
    }

    private static String receivables(String clientId) {
        return "/api/v1/clients/" + clientId + "/receivables";
    }

    @Test
    void anInvoice_andAPartPayment_showOnTheCardsReceivables() {
        Sales.World world = Sales.world("rep1");
        JsonPath invoice = Sales.invoicedOrder("rep1", world, "2");          // 240.00

        calls.reset();
        as("acme", "mgr").body(Sales.payment(invoice.getString("id"), "100.00")).post(payments(world.clientId()))
                .then().statusCode(201)
                .body("amount", equalTo("100.00"))
                .body("currency", equalTo("RUB"))
                .body("orderId", equalTo(invoice.getString("orderId")));
        assertThat(calls.made()).containsExactly("Query", "GetItem", "GetItem", "TransactWriteItems");

        JsonPath card = Fetch.card("rep1", world.clientId());
        assertThat(card.getString("receivables.balances[0].currency")).isEqualTo("RUB");
        assertThat(card.getString("receivables.balances[0].invoiced")).isEqualTo("240.00");
        assertThat(card.getString("receivables.balances[0].paid")).isEqualTo("100.00");
        assertThat(card.getString("receivables.balances[0].openInvoices[0].number")).isEqualTo(invoice.getString("number"));
        assertThat(card.getString("receivables.balances[0].openInvoices[0].outstanding")).isEqualTo("140.00");
    }

    @Test
    void aClientWithoutInvoices_owesNothing() {
        String client = Given.client("rep1");

        assertThat(Fetch.card("rep1", client).getList("receivables.balances")).isEmpty();
        as("acme", "rep1").get(receivables(client)).then().statusCode(200).body("currencies.size()", equalTo(0));
    }

    @Test
    void paying_moreThanIsOutstanding_isRefusedWith422_andChangesNothing() {
        Sales.World world = Sales.world("rep1");
        JsonPath invoice = Sales.invoicedOrder("rep1", world, "2");
        as("acme", "mgr").body(Sales.payment(invoice.getString("id"), "200.00")).post(payments(world.clientId())).then().statusCode(201);

        JsonPath problem = Problems.assertProblem(as("acme", "mgr").body(Sales.payment(invoice.getString("id"), "40.01"))
                .post(payments(world.clientId())), 422);

        assertThat(Problems.fields(problem)).containsExactly("amount");
        assertThat(Fetch.card("mgr", world.clientId()).getString("receivables.balances[0].paid")).isEqualTo("200.00");
        as("acme", "mgr").get(Sales.orders(world.clientId()) + "/" + invoice.getString("orderId")).then()
                .body("status", equalTo("PARTIALLY_PAID")).body("paid", equalTo("200.00"));
    }

    @Test
    void badPayments_areRefusedWith422() {
        Sales.World world = Sales.world("rep1");
        JsonPath invoice = Sales.invoicedOrder("rep1", world, "1");

        assertThat(Problems.fields(Problems.assertProblem(as("acme", "mgr").body(Sales.payment(TestData.ulid(), "1.00"))
                .post(payments(world.clientId())), 422))).containsExactly("invoiceId");
        Problems.assertProblem(as("acme", "mgr").body(Sales.payment(invoice.getString("id"), "0"))
                .post(payments(world.clientId())), 422);
        Problems.assertProblem(as("acme", "mgr").body(Sales.payment(invoice.getString("id"), "1.001"))
                .post(payments(world.clientId())), 422);
        Problems.assertProblem(as("acme", "mgr").body(Map.of("invoiceId", invoice.getString("id"), "amount", "1.00"))
                .post(payments(world.clientId())), 422);
    }

    @Test
    void aRetriedPayment_withTheSameIdempotencyKey_isCountedOnce() {
        Sales.World world = Sales.world("rep1");
        JsonPath invoice = Sales.invoicedOrder("rep1", world, "2");
        Map<String, Object> body = Sales.payment(invoice.getString("id"), "40.00");
        String key = "pay-" + TestData.next();

        String first = as("acme", "mgr").header("Idempotency-Key", key).body(body).post(payments(world.clientId()))
                .then().statusCode(201).extract().path("id");
        as("acme", "mgr").header("Idempotency-Key", key).body(body).post(payments(world.clientId()))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        assertThat(Fetch.card("mgr", world.clientId()).getString("receivables.balances[0].paid")).isEqualTo("40.00");
    }

    @Test
    void receivables_areAgedForTheDayAsked_inOneQuery() {
        Sales.World world = Sales.world("rep1");
        JsonPath invoice = Sales.invoicedOrder("rep1", world, "2");           // 240.00, due in 30 days
        as("acme", "mgr").body(Sales.payment(invoice.getString("id"), "40.00")).post(payments(world.clientId())).then().statusCode(201);
        LocalDate due = LocalDate.parse(invoice.getString("dueDate"));

        calls.reset();
        JsonPath onDueDate = as("acme", "rep1").get(receivables(world.clientId()) + "?on=" + due).then().statusCode(200)
                .extract().jsonPath();
        assertThat(calls.made()).containsExactly("Query");
        assertThat(onDueDate.getString("currencies[0].balance")).isEqualTo("200.00");
        assertThat(onDueDate.getString("currencies[0].overdue")).isEqualTo("0.00");
        assertThat(onDueDate.getString("currencies[0].ageing.notDue")).isEqualTo("200.00");

        JsonPath later = as("acme", "rep1").get(receivables(world.clientId()) + "?on=" + due.plusDays(45)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(later.getString("currencies[0].overdue")).isEqualTo("200.00");
        assertThat(later.getString("currencies[0].ageing.notDue")).isEqualTo("0.00");
        assertThat(later.getString("currencies[0].ageing.days31To60")).isEqualTo("200.00");

        JsonPath muchLater = as("acme", "rep1").get(receivables(world.clientId()) + "?on=" + due.plusDays(91)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(muchLater.getString("currencies[0].ageing.over90")).isEqualTo("200.00");
        Problems.assertProblem(as("acme", "rep1").get(receivables(world.clientId()) + "?on=someday"), 422);
    }

    @Test
    void paidInFull_theInvoiceLeavesTheOpenList_andTheOrderIsPaid() {
        Sales.World world = Sales.world("rep1");
        JsonPath invoice = Sales.invoicedOrder("rep1", world, "1");           // 120.00

        as("acme", "adm").body(Sales.payment(invoice.getString("id"), "120.00")).post(payments(world.clientId())).then().statusCode(201);

        JsonPath card = Fetch.card("rep1", world.clientId());
        assertThat(card.getList("receivables.balances[0].openInvoices")).isEmpty();
        assertThat(card.getString("receivables.balances[0].paid")).isEqualTo("120.00");
        as("acme", "rep1").get(Sales.orders(world.clientId()) + "/" + invoice.getString("orderId")).then().body("status", equalTo("PAID"));
    }

    @Test
    void receivablesAndPayments_ofAClient_areRefusedToOtherRepsAndTenants() {
        Sales.World world = Sales.world("rep1");
        JsonPath invoice = Sales.invoicedOrder("rep1", world, "1");
        Map<String, Object> body = Sales.payment(invoice.getString("id"), "1.00");

        for (String[] who : new String[][]{{"acme", "rep2"}, {"acme", "rep3"}, {"globex", "grep"}, {"globex", "gmgr"}}) {
            Problems.assertProblem(as(who[0], who[1]).get(receivables(world.clientId())), 404);
        }
        Problems.assertProblem(as("globex", "gmgr").body(body).post(payments(world.clientId())), 404);
        Problems.assertProblem(as("acme", "rep1").body(body).post(payments(world.clientId())), 403);
        Problems.assertProblem(as("acme", "rep3").body(body).post(payments(world.clientId())), 403);

        assertThat(Fetch.card("rep1", world.clientId()).getString("receivables.balances[0].paid")).isEqualTo("0.00");
    }
}
