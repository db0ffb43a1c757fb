package dev.fieldcrm.worker.plans;

import dev.fieldcrm.core.abc.AbcClass;
import dev.fieldcrm.core.abc.AbcCountsRepair;
import dev.fieldcrm.core.abc.AbcOwnerCounts;
import dev.fieldcrm.core.abc.AbcRequest;
import dev.fieldcrm.core.abc.AbcRun;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoAbcOwnerCounts;
import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.dynamo.PlanServices;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.worker.config.WorkerConfig;
import dev.fieldcrm.worker.support.DynamoCalls;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repair of the latest ABC run's counts per owner: counts missing (a run made before they existed) are
 * backfilled, drifted or phantom counts are rewritten or removed from the clients' results and the period's orders,
 * and when the counts add up to the run's totals the check is two Queries and writes nothing.
 */
@QuarkusTest
class AbcCountsRepairTest {
    @Inject CoreServices core;
    @Inject PlanServices reports;
    @Inject DynamoDbClient dynamo;
    @Inject WorkerConfig config;
    @Inject DynamoCalls calls;

    @Test
    void missingAndDriftedOwnerCounts_areRecomputedFromTheRunsSources_andCountsThatAddUpCostTwoQueries() {
        String currency = "AB" + (char) ('A' + (int) (System.nanoTime() % 26));
        Invoices sales = new Invoices(core, currency);
        sales.confirmed(Invoices.rep("rep1"), sales.client(Invoices.rep("rep1")).id(), 9);
        sales.confirmed(Invoices.rep("rep1"), sales.client(Invoices.rep("rep1")).id(), 1);
        sales.confirmed(Invoices.rep("rep2"), sales.client(Invoices.rep("rep2")).id(), 2);
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        AbcRun run = core.abc().run(Invoices.MGR, new AbcRequest(now, now, currency, null));
        var store = new DynamoAbcOwnerCounts(dynamo, config.table());
        var writer = new DynamoChangeWriter(dynamo, config.table());
        List<AbcOwnerCounts> original = store.owners("acme", run.id());
        assertThat(original).extracting(AbcOwnerCounts::ownerId).containsExactlyInAnyOrder("rep1", "rep2");
        AbcCountsRepair repair = reports.repair().abc();

        ChangeSet drift = new ChangeSet()
                .overwrite(new AbcOwnerCounts(run.id(), "east", "rep1", Map.of(AbcClass.A, 5), Map.of(AbcClass.A, 5)))
                .overwrite(new AbcOwnerCounts(run.id(), "east", "ghost", Map.of(AbcClass.C, 1), Map.of(AbcClass.C, 1)))
                .withdraw(original.stream().filter(c -> c.ownerId().equals("rep2")).findFirst().orElseThrow());
        writer.apply("acme", drift);

        AbcCountsRepair.Report repaired = repair.repair("acme");

        assertThat(repaired.runId()).isEqualTo(run.id());
        assertThat(repaired.drifted()).isEqualTo(3);
        assertThat(store.owners("acme", run.id())).containsExactlyInAnyOrderElementsOf(original);

        calls.reset();
        AbcCountsRepair.Report rerun = repair.repair("acme");

        assertThat(rerun.drifted()).isZero();
        assertThat(calls.made()).containsExactly("Query", "Query");
    }
}
