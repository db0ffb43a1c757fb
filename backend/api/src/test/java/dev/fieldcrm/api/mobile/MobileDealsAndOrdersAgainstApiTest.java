package dev.fieldcrm.api.mobile;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.api.orders.Sales;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.mobile.core.MobileCore;
import dev.fieldcrm.mobile.core.api.ApiException;
import dev.fieldcrm.mobile.core.api.ApiRequest;
import dev.fieldcrm.mobile.core.deals.DealMove;
import dev.fieldcrm.mobile.core.outbox.OutboxCommand;
import dev.fieldcrm.mobile.core.reference.PriceBook;
import dev.fieldcrm.mobile.core.reference.SalesSetup;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.RecordKind;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phone's deal moves and orders against this API in-process (DynamoDB Local): the price book the phone caches
 * prices an offline order to the cent the server stores, and a move whose required fields were typed on the phone
 * (field update at the seen version, move at the next) is accepted once.
 */
@QuarkusTest
class MobileDealsAndOrdersAgainstApiTest {
    @TempDir
    Path device;

    private MobileCore online() throws ApiException {
        return Phones.online(device, "rep1", Clock.systemUTC());
    }

    private MobileCore offline() throws Exception {
        return Phones.offline(device);
    }

    /** Puts a record the API returns into the device store, as sync would. */
    private static void takeOnto(MobileCore core, RecordKind kind, String clientId, JsonNode data) {
        core.store().put(new LocalRecord(kind, data.get("id").asText(), clientId, data.get("version").asLong(),
                Instant.now(), data, false));
        core.store().flush();
    }

    @Test
    void anOrderTakenOfflineFromTheCachedPriceBook_isStoredOnceSubmitted_withTheTotalThePhoneShowed()
            throws Exception {
        String pkg = Sales.conditionsPackage("7.5", 30);
        String beans = Sales.product("20");
        String cups = Sales.product("10");
        Sales.priceList("RUB", pkg, null, "2020-01-01", Map.of(beans, "1234.56", cups, "99.99"));
        String clientId = Sales.client("rep1", pkg);
        MobileCore phone = online();
        takeOnto(phone, RecordKind.CLIENT, clientId,
                phone.api().send(ApiRequest.get("/api/v1/clients/" + clientId)).body().get("client"));
        PriceBook book = phone.reference().refreshPriceBook(clientId).orElseThrow();
        assertThat(book.discountPercent()).isEqualByComparingTo("7.5");

        MobileCore noNetwork = offline();
        OutboxCommand created = noNetwork.actions().createOrder(clientId, noNetwork.reference().priceBook(clientId)
                .orElseThrow(), Map.of(beans, new BigDecimal("3"), cups, new BigDecimal("0.333")), null, true);
        BigDecimal shownGross = noNetwork.store().get(RecordKind.ORDER, created.targetId()).orElseThrow().data()
                .get("gross").decimalValue();
        assertThat(shownGross).isEqualByComparingTo("4144.96");

        MobileCore back = online();
        assertThat(back.sync().push().sent()).isEqualTo(2);
        assertThat(back.sync().push().sent()).as("nothing left to send").isZero();

        List<Map<String, Object>> orders = as("acme", "rep1").get(Sales.orders(clientId)).then().statusCode(200)
                .extract().path("items");
        assertThat(orders).singleElement().satisfies(order -> {
            assertThat(order.get("id")).isEqualTo(created.targetId());
            assertThat(order.get("status")).isEqualTo("SUBMITTED");
            assertThat(new BigDecimal(order.get("gross").toString())).isEqualByComparingTo(shownGross);
        });
        LocalRecord local = back.store().get(RecordKind.ORDER, created.targetId()).orElseThrow();
        assertThat(local.pending()).isFalse();
        assertThat(local.version()).isEqualTo(2L);
    }

    @Test
    void aMoveWithItsRequiredFieldsTypedOnThePhone_isAcceptedOnce_andTheDealHasThem() throws Exception {
        String pipelineId = "p-" + TestData.next();
        as("acme", "adm").header("If-Match", "\"0\"").body(Map.of("name", "Phone pipeline " + pipelineId,
                "purpose", "OTHER", "stages", List.of(
                        Map.of("id", "new", "name", "New", "kind", "OPEN", "probability", 10),
                        Map.of("id", "proposal", "name", "Proposal", "kind", "OPEN", "probability", 40,
                                "requiredFields", List.of("AMOUNT", "PROPOSAL_LINK")),
                        Map.of("id", "won", "name", "Won", "kind", "WON", "probability", 100),
                        Map.of("id", "lost", "name", "Lost", "kind", "LOST", "probability", 0))))
                .put("/api/v1/pipelines/" + pipelineId).then().statusCode(200);
        String clientId = Given.client("rep1");
        String dealId = as("acme", "rep1").body(Map.of("title", "Machines", "clientId", clientId,
                "pipelineId", pipelineId)).post("/api/v1/deals").then().statusCode(201).extract().path("id");
        MobileCore phone = online();
        takeOnto(phone, RecordKind.DEAL, clientId,
                phone.api().send(ApiRequest.get("/api/v1/deals/" + dealId)).body().get("deal"));
        SalesSetup setup = phone.reference().refreshSalesSetup();

        phone.actions().moveDeal(dealId, new DealMove("proposal", null, null, "Sent from the phone",
                Map.of("amount", "1250.50", "proposalLink", "https://example.com/offer")), setup, LocalDate.now());
        assertThat(phone.sync().push().sent()).isEqualTo(2);

        JsonPath deal = as("acme", "rep1").get("/api/v1/deals/" + dealId).then().statusCode(200).extract().jsonPath();
        assertThat(deal.getString("deal.stageId")).isEqualTo("proposal");
        assertThat(new BigDecimal(deal.getString("deal.amount.amount"))).isEqualByComparingTo("1250.50");
        assertThat(deal.getString("deal.proposalLink")).isEqualTo("https://example.com/offer");
        assertThat(deal.getString("deal.title")).as("the details the phone did not touch stay").isEqualTo("Machines");
        assertThat(deal.getList("history.toStageId", String.class)).as("moved once")
                .filteredOn("proposal"::equals).hasSize(1);
        assertThat(phone.conflicts().size()).isZero();
    }
}
