package dev.fieldcrm.api.orders;

import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.catalog.PriceLineInput;
import dev.fieldcrm.core.catalog.PriceListInput;
import dev.fieldcrm.core.catalog.ProductInput;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.orders.BillingService;
import dev.fieldcrm.core.orders.Invoice;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderInput;
import dev.fieldcrm.core.orders.OrderService;
import dev.fieldcrm.core.orders.ReceivablesReport;
import dev.fieldcrm.core.orders.ShipmentInput;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoices created at the same instant still get the numbers 1..N of a fresh tenant, each once: the counter item
 * is advanced in the invoice's own transaction, conditional on its version, and a loser retries.
 */
@QuarkusTest
class InvoiceNumberConcurrencyTest {
    private static final int PARALLEL = 16;
    private static final int CLIENTS = 4;

    @Inject
    ClientService clients;
    @Inject
    CatalogService catalog;
    @Inject
    OrderService orders;
    @Inject
    BillingService billing;

    @Test
    void sixteenInvoicesAtOnce_areNumberedOneToSixteen_withoutGapOrDuplicate() throws Exception {
        // A tenant of its own, so the counter starts at zero whatever else the shared table holds.
        Caller boss = new Caller("seq" + TestData.next(), "boss", Set.of(Role.MANAGER), "east", ZoneId.of("UTC"));
        catalog.putProduct(boss, "TEA", null, new ProductInput("Tea", "pcs", new BigDecimal("20"), null, true));
        catalog.putPriceList(boss, "MAIN", null, new PriceListInput("Main", "RUB", null, null, LocalDate.of(2020, 1, 1), null, true));
        catalog.putLines(boss, "MAIN", List.of(new PriceLineInput("TEA", new BigDecimal("10.00"))));
        List<String> clientIds = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clientIds.add(clients.create(boss, null, details("Client " + i), null).id());
        }
        List<Order> shipped = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            String clientId = clientIds.get(i % CLIENTS);
            List<OrderInput.Line> lines = List.of(new OrderInput.Line("TEA", BigDecimal.valueOf(i + 1)));
            Order order = orders.create(boss, clientId, null, new OrderInput(lines, null, null, null), null);
            orders.submit(boss, clientId, order.id(), 1);
            orders.confirm(boss, clientId, order.id(), 2);
            orders.ship(boss, clientId, order.id(), 3, new ShipmentInput(lines, LocalDate.of(2026, 11, 20)));
            shipped.add(orders.get(boss, clientId, order.id()));
        }

        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Invoice>> results = new ArrayList<>();
        try {
            for (Order order : shipped) {
                Callable<Invoice> invoice = () -> {
                    start.await();
                    return billing.invoice(boss, order.clientId(), order.id(), order.version());
                };
                results.add(pool.submit(invoice));
            }
            start.countDown();
            List<Long> numbers = new ArrayList<>();
            for (Future<Invoice> result : results) {
                numbers.add(result.get().sequence());
            }

            assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, PARALLEL).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        // The receivables each client's invoices raced for add up too: 10.00 × (1 + … + 16) × 1.2 in all.
        BigDecimal invoiced = BigDecimal.ZERO;
        for (String clientId : clientIds) {
            ReceivablesReport report = billing.receivables(boss, clientId, null);
            invoiced = invoiced.add(report.currencies().getFirst().invoiced());
            assertThat(report.currencies().getFirst().openInvoices()).hasSize(PARALLEL / CLIENTS);
        }
        assertThat(invoiced).isEqualByComparingTo("1632.00");
    }

    private static ClientDetails details(String name) {
        return new ClientDetails(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
