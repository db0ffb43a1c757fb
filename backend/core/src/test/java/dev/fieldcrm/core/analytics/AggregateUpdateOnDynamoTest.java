package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.dynamo.DynamoAggregateQueries;
import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.testing.LocalTable;
import dev.fieldcrm.core.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The aggregate engine on DynamoDB Local: deltas are added once per event and family, and read back typed. */
class AggregateUpdateOnDynamoTest {
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private final TestClock clock = new TestClock(java.time.Instant.parse("2026-12-06T10:00:00Z"));
    private String table;
    private AggregateUpdate update;
    private DynamoAggregateQueries queries;

    @BeforeEach
    void freshTable() {
        table = LocalTable.fresh();
        update = new AggregateUpdate(new DynamoChangeWriter(LocalTable.client(), table), clock);
        queries = new DynamoAggregateQueries(LocalTable.client(), table);
    }

    @Test
    void theSameEventAppliedTwice_countsOnce_inOneTransaction() {
        Map<AggregateKey, Map<String, BigDecimal>> deltas = Map.of(
                AggregateKey.of(DECEMBER, "team-a", "rep-1"), Map.of(AggregateNames.WON_COUNT, BigDecimal.ONE,
                        AggregateNames.wonAmount("EUR"), new BigDecimal("120.50")),
                AggregateKey.of(DECEMBER, "team-a", "rep-2"), Map.of(AggregateNames.dealsCreated("p1"), BigDecimal.ONE));

        LocalTable.CALLS.reset();
        boolean first = update.apply("t1", "event-1", "deals", deltas);
        assertThat(LocalTable.CALLS.made()).containsExactly("TransactWriteItems");
        boolean second = update.apply("t1", "event-1", "deals", deltas);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        MonthAggregate rep1 = queries.owner("t1", DECEMBER, "team-a", "rep-1").orElseThrow();
        assertThat(rep1.count(AggregateNames.WON_COUNT)).isEqualTo(1);
        assertThat(rep1.family(AggregateNames.WON_AMOUNT)).containsExactly(Map.entry("EUR", new BigDecimal("120.50")));
    }

    @Test
    void anotherFamilyOfTheSameEvent_countsIndependently() {
        AggregateKey rep = AggregateKey.of(DECEMBER, "team-a", "rep-1");
        update.apply("t1", "event-1", "deals", Map.of(rep, Map.of(AggregateNames.WON_COUNT, BigDecimal.ONE)));
        update.apply("t1", "event-1", "plans", Map.of(rep, Map.of(AggregateNames.FACT_VISITS, BigDecimal.ONE)));

        MonthAggregate read = queries.owner("t1", DECEMBER, "team-a", "rep-1").orElseThrow();
        assertThat(read.count(AggregateNames.WON_COUNT)).isEqualTo(1);
        assertThat(read.count(AggregateNames.FACT_VISITS)).isEqualTo(1);
    }

    @Test
    void aTeamsMonth_isOneQuery_andHoldsOnlyThatTeamsOwners() {
        update.apply("t1", "e1", "deals", Map.of(AggregateKey.of(DECEMBER, "team-a", "rep-1"), Map.of(AggregateNames.WON_COUNT, BigDecimal.ONE)));
        update.apply("t1", "e2", "deals", Map.of(AggregateKey.of(DECEMBER, "team-a", "rep-2"), Map.of(AggregateNames.WON_COUNT, BigDecimal.TWO)));
        update.apply("t1", "e3", "deals", Map.of(AggregateKey.of(DECEMBER, "team-b", "rep-3"), Map.of(AggregateNames.WON_COUNT, BigDecimal.TEN)));
        update.apply("t2", "e4", "deals", Map.of(AggregateKey.of(DECEMBER, "team-a", "rep-9"), Map.of(AggregateNames.WON_COUNT, BigDecimal.TEN)));

        LocalTable.CALLS.reset();
        var team = queries.month("t1", DECEMBER, "team-a");

        assertThat(LocalTable.CALLS.made()).containsExactly("Query");
        assertThat(team).extracting(a -> a.key().ownerId()).containsExactlyInAnyOrder("rep-1", "rep-2");
        assertThat(MonthAggregate.sum(team).get(AggregateNames.WON_COUNT)).isEqualByComparingTo("3");
    }

    @Test
    void namesFromTenantData_cannotSplitANameApart() {
        assertThat(AggregateNames.lost("p1", "s#2", "too #expensive")).isEqualTo("lost#p1#s_2#too _expensive");
        assertThat(AggregateNames.sourceLeads(null)).isEqualTo("src#leads#-");
    }
}
