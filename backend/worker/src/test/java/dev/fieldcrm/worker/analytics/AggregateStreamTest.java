package dev.fieldcrm.worker.analytics;

import dev.fieldcrm.core.analytics.AggregateKey;
import dev.fieldcrm.core.analytics.AggregateNames;
import dev.fieldcrm.core.analytics.MonthAggregate;
import dev.fieldcrm.core.analytics.ReconciliationReport;
import dev.fieldcrm.core.analytics.ReconciliationSchedule;
import dev.fieldcrm.core.dynamo.AnalyticsServices;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.leads.LeadStatus;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.dynamodblocal.StreamPump;
import dev.fieldcrm.worker.config.WorkerConfig;
import dev.fieldcrm.worker.support.DynamoCalls;
import dev.fieldcrm.worker.support.LambdaInvoker;
import dev.fieldcrm.worker.support.MonthOfWork;
import dev.fieldcrm.worker.support.Stream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monthly aggregates kept through DynamoDB Local's real stream: use cases write deals, journal entries, tasks and
 * clients (orders and payments are stored directly, as the back office's use cases would), the pumped stream reaches
 * the aggregate listener, and the counters say what happened; the same batches delivered again change nothing; the
 * reconciliation finds injected drift in every counter family and repairs it. Each test has a tenant of its own, so counts are exact.
 */
@QuarkusTest
class AggregateStreamTest {
    @Inject CoreServices core;
    @Inject AnalyticsServices analytics;
    @Inject DynamoDbClient dynamo;
    @Inject WorkerConfig config;
    @Inject DynamoCalls calls;

    private String tenant;
    private Caller rep;
    private Caller manager;
    private final Instant now = Instant.now();
    private final YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = "agg-" + Ids.newId().substring(16).toLowerCase();
        DynamoUserStore users = new DynamoUserStore(dynamo, config.table());
        users.save(tenant, new User("rep", "Rep", "rep@example.com", Set.of(Role.REP), "north", "UTC", "en", true, 1));
        users.save(tenant, new User("mgr", "Mgr", "mgr@example.com", Set.of(Role.MANAGER), "north", "UTC", "en", true, 1));
        rep = new Caller(tenant, "rep", Set.of(Role.REP), "north", ZoneId.of("UTC"));
        manager = new Caller(tenant, "mgr", Set.of(Role.MANAGER), "north", ZoneId.of("UTC"));
        Stream.pump();
    }

    private MonthAggregate repMonth() {
        return analytics.queries().owner(tenant, month, "north", "rep").orElseThrow();
    }

    /** A month of a rep's work, written through the use cases; returns the stream deliveries that carried it. */
    private List<StreamPump.Delivery> aMonthOfWork() {
        new MonthOfWork(core, new DynamoChangeWriter(dynamo, config.table()), rep, "mgr", now).write();
        return Stream.pump();
    }

    private MonthAggregate unownedLeadsMonth() {
        return analytics.queries().owner(tenant, month, AggregateKey.NO_TEAM, AggregateKey.NO_TEAM).orElseThrow();
    }

    private static Map<String, BigDecimal> nonZero(Map<String, BigDecimal> counters) {
        Map<String, BigDecimal> nonZero = new java.util.TreeMap<>();
        counters.forEach((name, value) -> {
            if (value.signum() != 0) {
                nonZero.put(name, value);
            }
        });
        return nonZero;
    }

    private static long count(List<String> calls, String operation) {
        return calls.stream().filter(operation::equals).count();
    }

    @Test
    void aMonthOfWork_showsInTheRepsAggregate() {
        aMonthOfWork();

        MonthAggregate a = repMonth();
        String today = String.format("%02d", now.atZone(ZoneOffset.UTC).getDayOfMonth());
        assertThat(a.count(AggregateNames.dealsCreated("clients"))).isEqualTo(2);
        assertThat(a.family(AggregateNames.SOURCE_DEALS)).containsOnly(Map.entry("chat", BigDecimal.ONE), Map.entry("event", BigDecimal.ONE));
        assertThat(a.count(AggregateNames.stageIn("clients", "new"))).isEqualTo(2);
        assertThat(a.count(AggregateNames.stageIn("clients", "accepted"))).isEqualTo(1);
        assertThat(a.count(AggregateNames.stageOut("clients", "new"))).isEqualTo(2);
        assertThat(a.count(AggregateNames.stageIn("clients", "won"))).isEqualTo(1);
        assertThat(a.count(AggregateNames.WON_COUNT)).isEqualTo(1);
        assertThat(a.family(AggregateNames.WON_AMOUNT)).containsOnly(Map.entry("EUR", new BigDecimal("100")));
        assertThat(a.family(AggregateNames.SOURCE_WON_AMOUNT)).containsOnly(Map.entry("chat#EUR", new BigDecimal("100")));
        assertThat(a.family(AggregateNames.LOST)).containsOnly(Map.entry("clients#new#no-budget", BigDecimal.ONE));
        assertThat(a.count(AggregateNames.ACTIVITY + today + "#CALL")).isEqualTo(1);
        assertThat(a.count(AggregateNames.ACTIVITY + today + "#VISIT")).isEqualTo(1);
        assertThat(a.count(AggregateNames.FACT_VISITS)).isEqualTo(1);
        assertThat(a.count(AggregateNames.FACT_NEW_CLIENTS)).isEqualTo(1);
        assertThat(a.count(AggregateNames.FACT_ORDERS_COUNT)).isEqualTo(1);
        assertThat(a.value(AggregateNames.ordersAmount("EUR"))).isEqualByComparingTo("50");
        assertThat(a.value(AggregateNames.paid("EUR"))).isEqualByComparingTo("30");
        assertThat(a.count(AggregateNames.sourceLeads("website"))).isEqualTo(1);
        assertThat(unownedLeadsMonth().count(AggregateNames.sourceLeads("website"))).isEqualTo(1);
        LocalDate dueDay = LocalDate.ofInstant(now.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);
        assertThat(a.count(AggregateNames.stepsPlanned(dueDay))).isEqualTo(1);
        assertThat(a.count(AggregateNames.stepsDone(LocalDate.ofInstant(now, ZoneOffset.UTC)))).isEqualTo(1);
    }

    @Test
    void theSameBatchesDeliveredAgain_changeNoCounter() {
        List<StreamPump.Delivery> deliveries = aMonthOfWork();
        Map<String, BigDecimal> once = repMonth().counters();

        for (StreamPump.Delivery delivery : deliveries) {
            LambdaInvoker.invoke(delivery.event());
        }

        assertThat(deliveries).isNotEmpty();
        assertThat(repMonth().counters()).isEqualTo(once);
    }

    @Test
    void reconciliation_findsDriftInEveryCounterFamily_repairsIt_andThenFindsNone() {
        aMonthOfWork();
        Map<String, BigDecimal> truth = nonZero(repMonth().counters());
        Map<String, BigDecimal> unownedTruth = nonZero(unownedLeadsMonth().counters());
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<String, BigDecimal> garbage = Map.ofEntries(
                Map.entry(AggregateNames.WON_COUNT, new BigDecimal("3")),
                Map.entry(AggregateNames.activity(today, InteractionType.CALL), BigDecimal.ONE.negate()),
                Map.entry(AggregateNames.stageIn("clients", "new"), BigDecimal.TEN),
                Map.entry(AggregateNames.stageOut("clients", "new"), BigDecimal.ONE.negate()),
                Map.entry(AggregateNames.stageTime("clients", "new"), new BigDecimal("500")),
                Map.entry(AggregateNames.lost("clients", "new", "no-budget"), BigDecimal.ONE),
                Map.entry(AggregateNames.sourceLeads("website"), new BigDecimal("2")),
                Map.entry(AggregateNames.stepsPlanned(LocalDate.ofInstant(now.plus(Duration.ofMinutes(5)), ZoneOffset.UTC)), BigDecimal.ONE),
                Map.entry(AggregateNames.stepsDone(today), BigDecimal.ONE.negate()),
                Map.entry(AggregateNames.stepsOverdue(today), new BigDecimal("4")),
                Map.entry(AggregateNames.paid("EUR"), new BigDecimal("7")));
        analytics.update().apply(tenant, "drift-" + Ids.newId(), "test", Map.of(
                AggregateKey.of(month, "north", "rep"), garbage,
                AggregateKey.of(month, AggregateKey.NO_TEAM, AggregateKey.NO_TEAM), Map.of(AggregateNames.sourceLeads("website"), BigDecimal.TEN)));

        calls.reset();
        ReconciliationReport report = analytics.reconciliation().reconcile(tenant, month, true);

        assertThat(calls.made()).doesNotContain("Scan");
        assertThat(report.drifts()).extracting(ReconciliationReport.Drift::ownerId, ReconciliationReport.Drift::counter)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                        garbage.keySet().stream().map(name -> org.assertj.core.groups.Tuple.tuple("rep", name)),
                        java.util.stream.Stream.of(org.assertj.core.groups.Tuple.tuple(AggregateKey.NO_TEAM, AggregateNames.sourceLeads("website"))))
                        .toList());
        assertThat(nonZero(repMonth().counters())).isEqualTo(truth);
        assertThat(nonZero(unownedLeadsMonth().counters())).isEqualTo(unownedTruth);

        calls.reset();
        assertThat(analytics.reconciliation().reconcile(tenant, month, true).driftCount()).isZero();
        assertThat(analytics.queries().reports(tenant, month)).hasSize(2).first().satisfies(r -> assertThat(r.driftCount()).isZero());
        assertThat(nonZero(repMonth().counters())).isEqualTo(truth);
    }

    @Test
    void aMonthWithoutDrift_isReadByQueriesOnly_andWritesOnlyItsReport() {
        aMonthOfWork();

        calls.reset();
        ReconciliationReport report = analytics.reconciliation().reconcile(tenant, month, true);

        assertThat(report.driftCount()).isZero();
        List<String> made = calls.made();
        // users · stored counters twice · per user (2): deals, journal, clients, orders + 5 keyed + leads per status
        // · unowned leads per status.
        int statuses = LeadStatus.values().length;
        assertThat(count(made, "Query")).isEqualTo(1 + 2 + 2 * (4 + 5 + statuses) + statuses);
        // The only write is the run's report.
        assertThat(count(made, "TransactWriteItems")).isEqualTo(1);
        assertThat(made).containsOnly("Query", "TransactWriteItems");
    }

    @Test
    void aMonthBeforeTheKeyedFamiliesExisted_hasOnlyTheRecordFamiliesRecomputed() {
        aMonthOfWork();
        Map<String, BigDecimal> truth = repMonth().counters();
        String call = AggregateNames.activity(LocalDate.ofInstant(now, ZoneOffset.UTC), InteractionType.CALL);
        AggregateKey key = AggregateKey.of(month, "north", "rep");
        analytics.update().apply(tenant, "drift-" + Ids.newId(), "test", Map.of(key, Map.of(
                AggregateNames.WON_COUNT, new BigDecimal("3"), call, BigDecimal.ONE.negate(),
                AggregateNames.stageIn("clients", "new"), BigDecimal.TEN)));

        ReconciliationReport report = analytics.reconciliation().reconcile(tenant, month, false);

        assertThat(report.drifts()).extracting(ReconciliationReport.Drift::counter).containsExactlyInAnyOrder(AggregateNames.WON_COUNT, call);
        Map<String, BigDecimal> repaired = new java.util.HashMap<>(repMonth().counters());
        // Its stage moves may lack the owner keys: stage flows keep the stream's counts there (documented).
        assertThat(repaired.remove(AggregateNames.stageIn("clients", "new"))).isEqualByComparingTo("12");
        Map<String, BigDecimal> expected = new java.util.HashMap<>(truth);
        expected.remove(AggregateNames.stageIn("clients", "new"));
        assertThat(repaired).isEqualTo(expected);
    }

    @Test
    void aScheduleFromBeforeTheKeyedFamilies_isRecomputedInFullFromNextMonth() {
        aMonthOfWork();
        AggregateKey key = AggregateKey.of(month, "north", "rep");
        analytics.update().apply(tenant, "drift-" + Ids.newId(), "test", Map.of(key, Map.of(
                AggregateNames.paid("EUR"), BigDecimal.ONE)));

        analytics.plan().due(tenant, new ReconciliationSchedule(now, now, null));

        assertThat(repMonth().value(AggregateNames.paid("EUR"))).isEqualByComparingTo("31");
        var plan = dynamo.getItem(g -> g.tableName(config.table()).key(Map.of(
                "PK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("T#" + tenant + "#AGGPLAN"),
                "SK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("PLAN"))));
        assertThat(plan.item().get("keyedSince").s()).isEqualTo(month.plusMonths(1).toString());
    }

    @Test
    void aNewTenantsFirstUser_putsTheTenantOnTheNightlyReconciliation() {
        var plan = dynamo.getItem(g -> g.tableName(config.table()).key(Map.of(
                "PK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("T#" + tenant + "#AGGPLAN"),
                "SK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("PLAN"))));
        assertThat(plan.hasItem()).isTrue();
        assertThat(plan.item()).containsKey("GSI1PK");
    }
}
