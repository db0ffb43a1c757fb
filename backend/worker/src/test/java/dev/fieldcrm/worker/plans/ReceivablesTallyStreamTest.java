package dev.fieldcrm.worker.plans;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.PlanServices;
import dev.fieldcrm.core.orders.Invoice;
import dev.fieldcrm.core.orders.PaymentInput;
import dev.fieldcrm.core.reports.ReceivablesSummary;
import dev.fieldcrm.core.reports.ReceivablesTally;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.dynamodblocal.StreamPump;
import dev.fieldcrm.worker.support.DynamoCalls;
import dev.fieldcrm.worker.support.LambdaInvoker;
import dev.fieldcrm.worker.support.Stream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's receivables summary kept current through DynamoDB Local's real stream: invoices and payments reach the
 * receivables listener, which moves each client's outstanding amounts into its owner's tally; redelivered batches and
 * owner changes keep the totals right.
 */
@QuarkusTest
class ReceivablesTallyStreamTest {
    private static final Caller REP1 = Invoices.rep("rep1");
    private static final Caller REP2 = Invoices.rep("rep2");

    @Inject CoreServices core;
    @Inject PlanServices reports;
    @Inject DynamoCalls calls;

    /** Each test sells in a currency of its own, so the other tests' invoices do not show in its sums. */
    private static String currency(char last) {
        return "R" + (char) ('A' + (int) (System.nanoTime() % 26)) + last;
    }

    private ReceivablesTally.Amounts of(String rep, String currency) {
        ReceivablesSummary.Report report = reports.receivables().report(Invoices.MGR, null);
        return report.reps().stream().filter(r -> r.ownerId().equals(rep)).findFirst()
                .map(r -> r.currencies().get(currency)).orElse(null);
    }

    @Test
    void anInvoiceAndAPartPayment_leaveTheRestOpenInTheRepsTally_andRedeliveredBatchesChangeNothing() {
        String currency = currency('A');
        Invoices sales = new Invoices(core, currency);
        Client client = sales.client(REP2);
        Invoice invoice = sales.invoiced(REP2, client.id(), 2);
        Stream.pump();

        assertThat(of("rep2", currency).open()).isEqualByComparingTo("240.00");

        core.billing().pay(Invoices.MGR, client.id(), new PaymentInput(invoice.id(), new BigDecimal("100.00"), LocalDate.now(), null), null);
        List<StreamPump.Delivery> batches = Stream.pump();

        ReceivablesTally.Amounts once = of("rep2", currency);
        assertThat(once.open()).isEqualByComparingTo("140.00");
        assertThat(once.overdue()).isEqualByComparingTo("0");

        calls.reset();
        batches.forEach(batch -> LambdaInvoker.invoke(batch.event()));
        Stream.pump();

        assertThat(of("rep2", currency).open()).isEqualByComparingTo("140.00");
        // The receivables listener's one read of the redelivered receivables change finds nothing to move.
        assertThat(calls.made()).filteredOn("BatchGetItem"::equals).hasSize(1);
    }

    @Test
    void handingTheClientToAnotherRep_movesItsOpenReceivablesToThem() {
        String currency = currency('B');
        Invoices sales = new Invoices(core, currency);
        Client client = sales.client(REP1);
        sales.invoiced(REP1, client.id(), 1);
        Stream.pump();
        assertThat(of("rep1", currency).open()).isEqualByComparingTo("120.00");

        Client current = core.clients().card(Invoices.MGR, client.id()).client();
        core.clients().reassign(Invoices.MGR, client.id(), current.version(), "rep2");
        Stream.pump();

        assertThat(of("rep1", currency)).isNull();
        assertThat(of("rep2", currency).open()).isEqualByComparingTo("120.00");
    }

    @Test
    void aRepSeesOnlyOwnReceivables_andTheSummaryIsOneQueryForTheManager() {
        String currency = currency('C');
        Invoices sales = new Invoices(core, currency);
        sales.invoiced(REP1, sales.client(REP1).id(), 1);
        sales.invoiced(REP2, sales.client(REP2).id(), 3);
        Stream.pump();

        calls.reset();
        ReceivablesSummary.Report team = reports.receivables().report(Invoices.MGR, "east");
        assertThat(calls.made()).containsExactly("Query");
        assertThat(team.total().get(currency).open()).isEqualByComparingTo("480.00");

        calls.reset();
        ReceivablesSummary.Report own = reports.receivables().report(REP1, null);
        assertThat(calls.made()).containsExactly("GetItem");
        assertThat(own.reps()).extracting(ReceivablesSummary.RepReceivables::ownerId).containsExactly("rep1");
    }
}
