package dev.fieldcrm.mobile.core.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.core.MobileCore;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.deals.DealMove;
import dev.fieldcrm.mobile.core.deals.FieldProblem;
import dev.fieldcrm.mobile.core.deals.MoveRefused;
import dev.fieldcrm.mobile.core.outbox.OutboxCommand;
import dev.fieldcrm.mobile.core.reference.PriceBook;
import dev.fieldcrm.mobile.core.reference.SalesSetup;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.RecordKind;
import dev.fieldcrm.mobile.core.testing.CoreOnFakeApi;
import dev.fieldcrm.mobile.core.testing.FakeApi;
import dev.fieldcrm.mobile.core.testing.FakeApi.Answer;
import dev.fieldcrm.mobile.core.testing.Samples;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deal moves and orders, offline first: checked on the phone, queued with their ids and versions as the API wants
 * them, shown pending at once; reference data (pipelines, price books) cached from the API for offline use.
 */
class DealAndOrderActionsTest extends CoreOnFakeApi {
    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    private MobileCore core() {
        return coreAt(NOW);
    }

    private MobileCore coreWithDeal() {
        MobileCore core = core();
        ObjectNode client = Samples.client("c1", "Coffee Point", 1);
        ((ObjectNode) client.get("details")).put("conditionsPackage", "GOLD");
        core.store().put(Samples.record(RecordKind.CLIENT, client));
        ObjectNode deal = Json.mapper().createObjectNode().put("id", "d1").put("clientId", "c1")
                .put("title", "Machines").put("pipelineId", "sales").put("stageId", "new").put("status", "OPEN")
                .put("source", "fair").put("version", 3);
        core.store().put(Samples.record(RecordKind.DEAL, deal));
        core.store().flush();
        return core;
    }

    private void servePriceBook() {
        server.on("GET /api/v1/clients/c1/price-list", Answer.json(200, Map.of("reason", "CONDITIONS_PACKAGE",
                "priceList", Map.of("id", "PL1", "name", "Gold", "currency", "RUB"))));
        server.on("GET /api/v1/price-lists/PL1/lines", Answer.json(200, Map.of("items", List.of(
                Map.of("priceListId", "PL1", "sku", "BEANS", "price", "1234.56"),
                Map.of("priceListId", "PL1", "sku", "CUPS", "price", "99.99")))));
        server.on("GET /api/v1/products", Answer.json(200, Map.of("items", List.of(
                Map.of("sku", "BEANS", "name", "Beans 1 kg", "unit", "pcs", "vatRate", "20", "active", true),
                Map.of("sku", "CUPS", "name", "Cups", "unit", "box", "vatRate", "10", "active", true),
                Map.of("sku", "OLD", "name", "Old", "unit", "pcs", "vatRate", "20", "active", false)),
                "nextCursor", "p2")),
                Answer.json(200, Map.of("items", List.of())));
        server.on("GET /api/v1/conditions-packages/GOLD", Answer.json(200, Map.of("code", "GOLD",
                "discountPercent", "7.5")));
    }

    @Test
    void thePriceBook_joinsTheClientsListWithTheCatalogAndItsDiscount_andIsReadOfflineAfterwards() throws Exception {
        servePriceBook();
        coreWithDeal().reference().refreshPriceBook("c1");
        server.close();

        PriceBook book = core().reference().priceBook("c1").orElseThrow();

        assertThat(book.priceListId()).isEqualTo("PL1");
        assertThat(book.currency()).isEqualTo("RUB");
        assertThat(book.discountPercent()).isEqualByComparingTo("7.5");
        assertThat(book.fetchedAt()).isEqualTo(NOW);
        assertThat(book.items()).extracting(PriceBook.Item::sku).containsExactly("BEANS", "CUPS");
        assertThat(book.item("BEANS").orElseThrow().price()).isEqualByComparingTo("1234.56");
        assertThat(server.received("GET /api/v1/products")).extracting(FakeApi.Received::query)
                .containsExactly("limit=200", "limit=200&cursor=p2");
    }

    @Test
    void anOrderMadeOffline_isQueuedUnderADeviceId_withItsSubmitAtVersion1_andShownPendingWithTheServersTotals()
            throws Exception {
        servePriceBook();
        MobileCore core = coreWithDeal();
        PriceBook book = core.reference().refreshPriceBook("c1").orElseThrow();

        OutboxCommand created = core.actions().createOrder("c1", book,
                Map.of("BEANS", new BigDecimal("3"), "CUPS", new BigDecimal("0.333")), "Before Friday", true);

        String orderId = created.targetId();
        List<OutboxCommand> queued = core.outbox().pending();
        assertThat(queued).extracting(c -> c.request().method() + " " + c.request().path()).containsExactly(
                "PUT /api/v1/clients/c1/orders/" + orderId, "POST /api/v1/clients/c1/orders/" + orderId + "/submit");
        assertThat(queued.get(0).request().ifMatch()).as("a creation").isNull();
        assertThat(queued.get(0).request().body().toString()).isEqualTo("{\"priceListId\":\"PL1\",\"lines\":["
                + "{\"sku\":\"BEANS\",\"quantity\":3},{\"sku\":\"CUPS\",\"quantity\":0.333}],\"comment\":\"Before Friday\"}");
        assertThat(queued.get(1).request().ifMatch()).isEqualTo(1L);
        LocalRecord shown = core().store().get(RecordKind.ORDER, orderId).orElseThrow();
        assertThat(shown.pending()).isTrue();
        assertThat(shown.data().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(shown.data().get("gross").decimalValue()).isEqualByComparingTo("4144.96");
    }

    @Test
    void aMoveMissingARequiredField_isRefusedOnThePhone_andNothingIsQueued() {
        MobileCore core = coreWithDeal();

        assertThatThrownBy(() -> core.actions().moveDeal("d1", DealMove.to("proposal"), setup(), TODAY))
                .isInstanceOf(MoveRefused.class)
                .extracting(e -> ((MoveRefused) e).problems()).asList().containsExactly(
                        new FieldProblem("amount", FieldProblem.Kind.MISSING),
                        new FieldProblem("proposalLink", FieldProblem.Kind.MISSING));
        assertThat(core.outbox().size()).isZero();
        assertThat(core.store().get(RecordKind.DEAL, "d1").orElseThrow().pending()).isFalse();
    }

    @Test
    void typedRequiredFields_areSetOnTheDealFirst_thenTheMoveIsSentAtTheVersionThatMakes() {
        MobileCore core = coreWithDeal();

        core.actions().moveDeal("d1", new DealMove("proposal", null, null, "Sent today",
                Map.of("amount", "1250.50", "proposalLink", "https://example.com/offer")), setup(), TODAY);

        List<OutboxCommand> queued = core.outbox().pending();
        assertThat(queued).extracting(c -> c.request().method() + " " + c.request().path() + " @" + c.request().ifMatch())
                .containsExactly("PUT /api/v1/deals/d1 @3", "POST /api/v1/deals/d1/moves @4");
        assertThat(queued.get(0).request().body().toString()).isEqualTo("{\"title\":\"Machines\",\"clientId\":\"c1\","
                + "\"source\":\"fair\",\"pipelineId\":\"sales\",\"amount\":{\"amount\":1250.50,\"currency\":\"RUB\"},"
                + "\"proposalLink\":\"https://example.com/offer\"}");
        assertThat(queued.get(1).request().body().toString())
                .isEqualTo("{\"stageId\":\"proposal\",\"comment\":\"Sent today\"}");
        LocalRecord shown = core.store().get(RecordKind.DEAL, "d1").orElseThrow();
        assertThat(shown.pending()).isTrue();
        assertThat(shown.data().get("stageName").asText()).isEqualTo("Proposal");
        assertThat(shown.version()).as("the local copy keeps the server's last version").isEqualTo(3L);
    }

    @Test
    void whenTheFieldUpdateIsRefused_theMoveBuiltOnItWaitsBesideItInNeedsAttention() {
        MobileCore core = coreWithDeal();
        core.actions().moveDeal("d1", new DealMove("proposal", null, null, null,
                Map.of("amount", "10", "proposalLink", "https://example.com/offer")), setup(), TODAY);
        server.on("PUT /api/v1/deals/d1", Answer.problem(412, "version-conflict", "changed by someone else"));
        server.on("GET /api/v1/deals/d1", Answer.json(200, Map.of("deal", Map.of("id", "d1", "stageId", "won",
                "version", 4), "history", List.of())));

        core.sync().push();

        assertThat(server.received("POST /api/v1/deals/d1/moves")).as("never sent on someone else's version").isEmpty();
        assertThat(core.outbox().size()).isZero();
        assertThat(core.conflicts().all()).hasSize(2).allSatisfy(conflict -> {
            assertThat(conflict.problem().status()).isEqualTo(412);
            assertThat(conflict.theirVersion()).isEqualTo(4L);
        });
    }

    @Test
    void theSalesSetup_isReadFromPipelinesAndSettings_andKeptForOfflineUse() throws Exception {
        server.on("GET /api/v1/pipelines", Answer.json(200, List.of(Map.of("id", "sales", "name", "Sales",
                "stages", List.of(Map.of("id", "new", "name", "New", "kind", "OPEN"))))));
        server.on("GET /api/v1/sales-settings", Answer.json(200, Map.of("lostReasons", List.of("Price"),
                "wonReasons", List.of("Best offer"), "defaultCurrency", "EUR")));
        core().reference().refreshSalesSetup();
        server.close();

        SalesSetup setup = core().reference().salesSetup().orElseThrow();

        assertThat(setup.stages("sales")).extracting(s -> s.get("id").asText()).containsExactly("new");
        assertThat(setup.lostReasons()).containsExactly("Price");
        assertThat(setup.defaultCurrency()).isEqualTo("EUR");
        assertThat(setup.fetchedAt()).isEqualTo(NOW);
    }

    private static SalesSetup setup() {
        return Samples.salesSetup();
    }
}
