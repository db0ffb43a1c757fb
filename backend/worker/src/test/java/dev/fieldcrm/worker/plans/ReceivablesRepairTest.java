package dev.fieldcrm.worker.plans;

import dev.fieldcrm.core.analytics.ReconciliationReport;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.dynamo.PlanServices;
import dev.fieldcrm.core.orders.Invoice;
import dev.fieldcrm.core.reports.ReceivablesRepair;
import dev.fieldcrm.core.reports.ReceivablesTally;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.worker.config.WorkerConfig;
import dev.fieldcrm.worker.support.DynamoCalls;
import dev.fieldcrm.worker.support.Stream;
import dev.fieldcrm.worker.support.WorkerDynamoResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The on-demand receivables repair: invoices written while no listener ran (before it was deployed) are backfilled
 * into their reps' tallies, drifted tally counters are put back to the sum of the clients' shares and reported, and a
 * second run writes nothing.
 */
@QuarkusTest
class ReceivablesRepairTest {
    private static final Caller REP1 = Invoices.rep("rep1");

    @Inject CoreServices core;
    @Inject PlanServices reports;
    @Inject DynamoDbClient dynamo;
    @Inject WorkerConfig config;
    @Inject DynamoCalls calls;

    private ReceivablesTally.Amounts of(String rep, String currency) {
        return reports.receivables().report(Invoices.MGR, null).reps().stream().filter(r -> r.ownerId().equals(rep))
                .findFirst().map(r -> r.currencies().get(currency)).orElse(null);
    }

    @Test
    void invoicesTheListenerNeverSaw_areBackfilled_driftIsRepairedAndReported_andARerunWritesNothing() {
        String currency = "RP" + (char) ('A' + (int) (System.nanoTime() % 26));
        Invoices sales = new Invoices(core, currency);
        Stream.pump();
        Client client = sales.client(REP1);
        Invoice invoice = sales.invoiced(REP1, client.id(), 1);
        // The listener is not deployed yet: nothing of this reaches it.
        WorkerDynamoResource.pump().skipToEnd();
        assertThat(of("rep1", currency)).isNull();

        ReceivablesRepair.Report backfill = reports.repair().receivables().repair("acme");

        assertThat(backfill.sharesMoved()).isGreaterThanOrEqualTo(1);
        assertThat(of("rep1", currency).open()).isEqualByComparingTo("120.00");

        String counter = ReceivablesTally.counter(currency, invoice.dueDate());
        String phantom = ReceivablesTally.counter(currency, invoice.dueDate().plusDays(1));
        new DynamoChangeWriter(dynamo, config.table()).apply("acme", new ChangeSet()
                .count(new ReceivablesTally("east", "rep1"), Map.of(counter, new BigDecimal("55.00")))
                .count(new ReceivablesTally("east", "rep2"), Map.of(phantom, new BigDecimal("7.00"))));
        assertThat(of("rep1", currency).open()).isEqualByComparingTo("175.00");

        ReceivablesRepair.Report repaired = reports.repair().receivables().repair("acme");

        assertThat(repaired.drifts()).extracting(ReconciliationReport.Drift::ownerId, ReconciliationReport.Drift::counter)
                .contains(tuple("rep1", counter), tuple("rep2", phantom));
        assertThat(repaired.sharesMoved()).isZero();
        assertThat(of("rep1", currency).open()).isEqualByComparingTo("120.00");
        assertThat(of("rep2", currency)).isNull();

        calls.reset();
        ReceivablesRepair.Report rerun = reports.repair().receivables().repair("acme");

        assertThat(rerun.driftCount()).isZero();
        assertThat(rerun.sharesMoved()).isZero();
        assertThat(calls.made()).doesNotContain("TransactWriteItems", "UpdateItem", "PutItem", "BatchWriteItem", "DeleteItem");
        // Reads only: the tallies twice (one Query each), each user's clients, one BatchGetItem per client.
        assertThat(calls.made()).filteredOn("BatchGetItem"::equals).hasSize(rerun.clients());
        assertThat(calls.made()).containsOnly("Query", "BatchGetItem");
        assertThat(of("rep1", currency).open()).isEqualByComparingTo("120.00");
    }
}
