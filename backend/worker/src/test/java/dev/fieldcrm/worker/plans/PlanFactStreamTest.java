package dev.fieldcrm.worker.plans;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.PlanServices;
import dev.fieldcrm.core.journal.InteractionInput;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.journal.NoNextStepReason;
import dev.fieldcrm.core.plans.Plan;
import dev.fieldcrm.core.plans.PlanInput;
import dev.fieldcrm.core.plans.PlanMetric;
import dev.fieldcrm.core.reports.PlanFactReport;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.worker.support.DynamoCalls;
import dev.fieldcrm.worker.support.LambdaInvoker;
import dev.fieldcrm.worker.support.Stream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan vs fact from real stream processing: clients created, visits logged and orders confirmed reach the aggregates
 * listener through DynamoDB Local's stream; the report compares them with the managers' plans and ranks the reps by
 * the share of their revenue plan met.
 */
@QuarkusTest
class PlanFactStreamTest {
    private static final Caller REP1 = Invoices.rep("rep1");
    private static final Caller REP2 = Invoices.rep("rep2");

    @Inject CoreServices core;
    @Inject PlanServices reports;
    @Inject DynamoCalls calls;

    /** The month the facts of now fall in for both reps (their zones are Moscow and Vladivostok). */
    private static String thisMonth() {
        return YearMonth.now(ZoneId.of("Asia/Vladivostok")).toString();
    }

    private void plan(String rep, String currency, String revenue, int newClients, int visits) {
        long version = reports.plans().month(Invoices.MGR, thisMonth(), null).plans().stream()
                .filter(p -> p.ownerId().equals(rep)).mapToLong(Plan::version).findFirst().orElse(0);
        reports.plans().set(Invoices.MGR, thisMonth(), rep, version, new PlanInput(currency, List.of(
                new Plan.Target(PlanMetric.REVENUE, new BigDecimal(revenue)),
                new Plan.Target(PlanMetric.NEW_CLIENTS, BigDecimal.valueOf(newClients)),
                new Plan.Target(PlanMetric.VISITS, BigDecimal.valueOf(visits)))));
    }

    private PlanFactReport.RepResult of(PlanFactReport.Report report, String rep) {
        return report.reps().stream().filter(r -> r.ownerId().equals(rep)).findFirst().orElseThrow();
    }

    /** A rep's fact as the report showed it, 0 when the rep was not in it yet. */
    private static BigDecimal factBefore(PlanFactReport.Report report, String rep, PlanMetric metric) {
        return report.reps().stream().filter(r -> r.ownerId().equals(rep)).findFirst()
                .map(r -> fact(r, metric)).orElse(BigDecimal.ZERO);
    }

    private static BigDecimal fact(PlanFactReport.RepResult rep, PlanMetric metric) {
        return rep.metrics().stream().filter(m -> m.metric() == metric).findFirst().orElseThrow().fact();
    }

    private void visit(Caller rep, String clientId) {
        core.journal().log(rep, clientId, null, new InteractionInput(InteractionType.VISIT, Instant.now(), null, null,
                "Visit", null, null, NoNextStepReason.OTHER, "plan test", null, null), null);
    }

    @Test
    void ordersClientsAndVisitsFromTheStream_areTheFacts_andTheLeaderboardRanksByRevenuePlanMet() {
        Stream.pump();
        PlanFactReport.Report before = reports.planFact().report(Invoices.MGR, thisMonth(), null, null);
        String currency = "P" + (char) ('A' + (int) (System.nanoTime() % 26)) + "F";
        Invoices sales = new Invoices(core, currency);
        plan("rep1", currency, "1200", 5, 10);
        plan("rep2", currency, "240", 2, 2);

        Client rep1Client = sales.client(REP1);
        sales.confirmed(REP1, rep1Client.id(), 1);
        visit(REP1, rep1Client.id());
        Client rep2Client = sales.client(REP2);
        sales.client(REP2);
        sales.confirmed(REP2, rep2Client.id(), 2);
        visit(REP2, rep2Client.id());
        visit(REP2, rep2Client.id());
        var batches = Stream.pump();

        PlanFactReport.Report report = reports.planFact().report(Invoices.MGR, thisMonth(), null, null);
        PlanFactReport.RepResult rep1 = of(report, "rep1");
        PlanFactReport.RepResult rep2 = of(report, "rep2");
        assertThat(rep1.currency()).isEqualTo(currency);
        assertThat(fact(rep1, PlanMetric.REVENUE)).isEqualByComparingTo("120.00");
        assertThat(rep1.metrics().getFirst().percent()).isEqualByComparingTo("10.0");
        assertThat(fact(rep2, PlanMetric.REVENUE)).isEqualByComparingTo("240.00");
        assertThat(rep2.metrics().getFirst().percent()).isEqualByComparingTo("100.0");
        assertThat(fact(rep1, PlanMetric.NEW_CLIENTS)).isEqualByComparingTo(factBefore(before, "rep1", PlanMetric.NEW_CLIENTS).add(BigDecimal.ONE));
        assertThat(fact(rep2, PlanMetric.NEW_CLIENTS)).isEqualByComparingTo(factBefore(before, "rep2", PlanMetric.NEW_CLIENTS).add(BigDecimal.TWO));
        assertThat(fact(rep2, PlanMetric.VISITS)).isEqualByComparingTo(factBefore(before, "rep2", PlanMetric.VISITS).add(BigDecimal.TWO));
        assertThat(report.leaderboard()).extracting(PlanFactReport.LeaderboardEntry::ownerId)
                .filteredOn(id -> id.equals("rep1") || id.equals("rep2")).containsExactly("rep2", "rep1");

        batches.forEach(batch -> LambdaInvoker.invoke(batch.event()));
        Stream.pump();
        assertThat(fact(of(reports.planFact().report(Invoices.MGR, thisMonth(), null, null), "rep2"), PlanMetric.VISITS))
                .isEqualByComparingTo(fact(rep2, PlanMetric.VISITS));
    }

    @Test
    void aQuarter_isThreeMonthsOfPlansAndAggregates_readWithTwoQueriesEach() {
        YearMonth month = YearMonth.parse(thisMonth());
        String quarter = month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);

        calls.reset();
        PlanFactReport.Report report = reports.planFact().report(Invoices.MGR, quarter, "east", null);

        assertThat(report.months()).hasSize(3).contains(month);
        assertThat(calls.made()).containsExactly("Query", "Query", "Query", "Query", "Query", "Query");

        calls.reset();
        reports.planFact().report(REP1, thisMonth(), null, null);
        assertThat(calls.made()).containsExactly("GetItem", "GetItem");
    }
}
