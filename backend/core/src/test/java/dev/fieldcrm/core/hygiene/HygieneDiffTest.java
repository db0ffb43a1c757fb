package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.deals.DealStatus;
import dev.fieldcrm.core.store.ChangeSet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The writes that bring a deal's stored offences up to date, and only those. */
class HygieneDiffTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-02T09:00:00Z");

    private static OffendingDeal deal(String owner, String team, String title) {
        return new OffendingDeal("d1", title, owner, team, "clients", "new", DealStatus.OPEN, null, "c1", "Ёлка");
    }

    private static DealHygiene stored(OffendingDeal deal, Map<String, Instant> offences) {
        return new DealHygiene("d1", deal, offences, null, 3);
    }

    @Test
    void theSameOffencesOfTheSameDeal_writeNothing() {
        OffendingDeal d = deal("anna", "north", "Поставка");
        assertThat(HygieneDiff.changes(stored(d, Map.of("S1-08", T0)), d, Set.of(HygieneRule.NO_SOURCE), null, T1)).isEmpty();
    }

    @Test
    void aNewOffence_isCreatedAndCounted_andAGoneOneWithdrawnAndCountedDown_keepingTheFirstSeenOfTheRest() {
        OffendingDeal d = deal("anna", "north", "Поставка");
        ChangeSet set = HygieneDiff.changes(stored(d, Map.of("S1-08", T0, "S1-03", T0)), d,
                Set.of(HygieneRule.NO_SOURCE, HygieneRule.NO_NEXT_STEP), null, T1).orElseThrow();

        assertThat(set.changes()).contains(
                new ChangeSet.Create(new Offence("S1-01", 1, T1, d)),
                new ChangeSet.Withdraw(new Offence("S1-03", 1, T0, d)),
                new ChangeSet.Count(new OffenceTally.Key("north", "anna"),
                        Map.of("n#S1-01", BigDecimal.ONE, "n#S1-03", BigDecimal.ONE.negate())),
                new ChangeSet.Replace(new DealHygiene("d1", d, Map.of("S1-08", T0, "S1-01", T1), null, 4), 3));
        assertThat(set.changes()).noneMatch(c -> c instanceof ChangeSet.Create cr && ((Offence) cr.record()).ruleId().equals("S1-08"));
    }

    @Test
    void aDealHandedToAnotherOwner_movesItsOffenceItemsAndCounts() {
        OffendingDeal before = deal("anna", "north", "Поставка");
        OffendingDeal after = deal("ivan", "south", "Поставка");
        ChangeSet set = HygieneDiff.changes(stored(before, Map.of("S1-08", T0)), after, Set.of(HygieneRule.NO_SOURCE), null, T1)
                .orElseThrow();

        assertThat(set.changes()).contains(
                new ChangeSet.Withdraw(new Offence("S1-08", 1, T0, before)),
                new ChangeSet.Create(new Offence("S1-08", 1, T0, after)),
                new ChangeSet.Count(new OffenceTally.Key("north", "anna"), Map.of("n#S1-08", BigDecimal.ONE.negate())),
                new ChangeSet.Count(new OffenceTally.Key("south", "ivan"), Map.of("n#S1-08", BigDecimal.ONE)));
    }

    @Test
    void aRenamedDeal_rewritesItsOffenceCopies_withoutCounting() {
        OffendingDeal before = deal("anna", "north", "Поставка");
        OffendingDeal after = deal("anna", "north", "Поставка трески");
        ChangeSet set = HygieneDiff.changes(stored(before, Map.of("S1-08", T0)), after, Set.of(HygieneRule.NO_SOURCE), null, T1)
                .orElseThrow();

        assertThat(set.changes()).contains(new ChangeSet.Overwrite(new Offence("S1-08", 1, T0, after)))
                .noneMatch(c -> c instanceof ChangeSet.Count);
    }

    @Test
    void aDeletedDeal_withdrawsEveryOffence() {
        OffendingDeal before = deal("anna", "north", "Поставка");
        ChangeSet set = HygieneDiff.changes(stored(before, Map.of("S1-08", T0)), null, Set.of(), null, T1).orElseThrow();

        assertThat(set.changes()).contains(new ChangeSet.Withdraw(new Offence("S1-08", 1, T0, before)),
                new ChangeSet.Replace(new DealHygiene("d1", null, Map.of(), null, 4), 3));
    }
}
