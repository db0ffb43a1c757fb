package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.clients.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's counters, maintained by deltas, always equal a recount of the deals. */
class DealTallyTest {
    private static final List<String> STAGES = List.of("new", "proposal", "won", "lost");
    private static final List<String> OWNERS = List.of("rep1", "rep2");
    private static final List<String> CURRENCIES = List.of("RUB", "EUR");

    /** One write: a deal (by index) gets a new stage, owner and amount (null = no amount). */
    record Write(int deal, String stage, String owner, Money amount) {
    }

    @Provide
    Arbitrary<List<Write>> writes() {
        Arbitrary<Money> money = Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000"))
                .ofScale(2), Arbitraries.of(CURRENCIES)).as(Money::new).injectNull(0.2);
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.of(STAGES), Arbitraries.of(OWNERS), money)
                .as(Write::new).list().ofMaxSize(40);
    }

    @Property
    void countersMaintainedByDeltas_equalARecountOfTheDeals(@ForAll("writes") List<Write> writes) {
        Map<Integer, Deal> deals = new HashMap<>();
        Map<DealTally.Key, Map<String, BigDecimal>> counters = new HashMap<>();
        for (Write write : writes) {
            Deal before = deals.get(write.deal());
            Deal after = deal(write);
            DealTally.deltas(before, after).forEach((key, deltas) -> deltas.forEach((name, delta) ->
                    counters.computeIfAbsent(key, k -> new HashMap<>()).merge(name, delta, BigDecimal::add)));
            deals.put(write.deal(), after);
        }
        for (String owner : OWNERS) {
            List<DealTally> tally = List.of(new DealTally(new DealTally.Key("east", owner),
                    counters.getOrDefault(new DealTally.Key("east", owner), Map.of())));
            for (String stage : STAGES) {
                List<Deal> there = new ArrayList<>();
                deals.values().stream().filter(d -> d.ownerId().equals(owner) && d.stageId().equals(stage)).forEach(there::add);
                Map<String, BigDecimal> sums = new HashMap<>();
                there.stream().filter(d -> d.amount() != null && d.amount().amount().signum() != 0)
                        .forEach(d -> sums.merge(d.amount().currency(), d.amount().amount(), BigDecimal::add));
                sums.values().removeIf(v -> v.signum() == 0);
                DealTally.StageTotals totals = DealTally.totals(tally, "p", stage);
                assertThat(totals.count()).as("%s at %s", owner, stage).isEqualTo(there.size());
                assertThat(totals.sums().keySet()).isEqualTo(sums.keySet());
                sums.forEach((currency, sum) -> assertThat(totals.sums().get(currency)).isEqualByComparingTo(sum));
            }
        }
    }

    private static Deal deal(Write w) {
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        return new Deal("D" + w.deal(), null, null, w.owner(), "east", "t", w.amount(), null, null, null, null, null,
                null, null, "p", w.stage(), at, DealStatus.OPEN, null, null, null, false, at, "x", at, "x", 1);
    }
}
