package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.clients.Money;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealStatus;
import dev.fieldcrm.core.deals.StageChange;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a deal's changes add to the aggregates: the listener's arithmetic without the stream. */
class ContributionsTest {
    private static final Instant CREATED = Instant.parse("2026-11-30T20:00:00Z");
    private static final Instant WON_AT = Instant.parse("2026-12-03T10:00:00Z");
    private final Staff staff = new Staff(List.of(
            new User("rep", "Rep", "r@x", Set.of(Role.REP), "north", "Asia/Vladivostok", "ru", true, 1),
            new User("rep2", "Rep2", "r2@x", Set.of(Role.REP), "south", "UTC", "ru", true, 1)));
    private final Contributions contributions = new Contributions(staff, id -> Optional.empty());

    private static Deal deal(String owner, String team, String stage, DealStatus status, Instant enteredAt, String reason) {
        return new Deal("D1", "C1", null, owner, team, "Deal", new Money(new BigDecimal("100"), "EUR"), null, "chat", null,
                null, null, Map.of(), null, "clients", stage, enteredAt, status, reason, null, null, false, CREATED, owner,
                enteredAt, owner, 1);
    }

    private Map<AggregateKey, Map<String, BigDecimal>> change(Deal before, Deal after) {
        AggregateDeltas deltas = new AggregateDeltas().addAll(contributions.of(after), 1).addAll(contributions.of(before), -1);
        if (before == null || !before.stageId().equals(after.stageId())) {
            // As DealService writes it: a move (or a creation) comes with its stage-history entry.
            deltas.addAll(contributions.of(StageChange.of("H1", before, after, "u", after.closeReason(), null)), 1);
        }
        return deltas.nonZero();
    }

    @Test
    void aDealCreatedLateInTheEvening_countsInTheOwnersLocalMonth() {
        var deltas = change(null, deal("rep", "north", "new", DealStatus.OPEN, CREATED, null));

        // 20:00 UTC on 30 November is 1 December in Vladivostok.
        assertThat(deltas).containsOnlyKeys(AggregateKey.of(YearMonth.of(2026, 12), "north", "rep"));
        assertThat(deltas.values().iterator().next()).containsOnlyKeys(AggregateNames.dealsCreated("clients"),
                AggregateNames.sourceDeals("chat"), AggregateNames.stageIn("clients", "new"));
    }

    @Test
    void winning_countsTheWinAndTheStageLeft_andReopeningTakesTheWinBack() {
        Deal open = deal("rep2", "south", "negotiation", DealStatus.OPEN, Instant.parse("2026-12-01T10:00:00Z"), null);
        Deal won = deal("rep2", "south", "won", DealStatus.WON, WON_AT, "best-price");

        Map<String, BigDecimal> win = change(open, won).get(AggregateKey.of(YearMonth.of(2026, 12), "south", "rep2"));
        assertThat(win).containsEntry(AggregateNames.WON_COUNT, BigDecimal.ONE)
                .containsEntry(AggregateNames.wonAmount("EUR"), new BigDecimal("100"))
                .containsEntry(AggregateNames.stageOut("clients", "negotiation"), BigDecimal.ONE)
                .containsEntry(AggregateNames.stageTime("clients", "negotiation"), BigDecimal.valueOf(2 * 86_400))
                .doesNotContainKey(AggregateNames.dealsCreated("clients"));

        Deal reopened = deal("rep2", "south", "negotiation", DealStatus.OPEN, WON_AT.plusSeconds(60), null);
        assertThat(change(won, reopened).get(AggregateKey.of(YearMonth.of(2026, 12), "south", "rep2")))
                .containsEntry(AggregateNames.WON_COUNT, BigDecimal.ONE.negate());
    }

    @Test
    void losing_countsWhereTheDealDied_andWhy() {
        Deal open = deal("rep2", "south", "accepted", DealStatus.OPEN, Instant.parse("2026-12-01T10:00:00Z"), null);
        Deal lost = deal("rep2", "south", "lost", DealStatus.LOST, WON_AT, "no-budget");

        assertThat(change(open, lost).get(AggregateKey.of(YearMonth.of(2026, 12), "south", "rep2")))
                .containsEntry(AggregateNames.lost("clients", "accepted", "no-budget"), BigDecimal.ONE);
    }

    @Test
    void aHandover_movesTheDealsCountersToTheNewOwner() {
        Deal before = deal("rep2", "south", "new", DealStatus.OPEN, CREATED, null);
        Deal after = deal("rep", "north", "new", DealStatus.OPEN, CREATED, null);

        var deltas = change(before, after);

        assertThat(deltas.get(AggregateKey.of(YearMonth.of(2026, 11), "south", "rep2")))
                .containsEntry(AggregateNames.dealsCreated("clients"), BigDecimal.ONE.negate());
        assertThat(deltas.get(AggregateKey.of(YearMonth.of(2026, 12), "north", "rep")))
                .containsEntry(AggregateNames.dealsCreated("clients"), BigDecimal.ONE);
    }
}
