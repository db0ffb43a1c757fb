package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.store.ChangeSet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The writes that bring a deal's stored offences from its summary to what the rules say now: an offence item is
 * created (absent before, +1 on its tally) or withdrawn (present before, −1) in the same transaction as its count, and
 * the summary is replaced on its version, so a repeated or concurrent evaluation can never count twice.
 */
public final class HygieneDiff {
    private HygieneDiff() {
    }

    /**
     * @param before the stored summary ({@link DealHygiene#none} when never stored)
     * @param deal   the deal as it is now, null when it is gone (every offence is withdrawn)
     * @param now    the offences found now (empty when the deal is gone)
     * @param next   the next time boundary to re-evaluate at, or null
     * @param at     the moment of evaluation (the "since" of new offences)
     * @return nothing when the stored state is already right (a redelivered change writes nothing)
     */
    public static Optional<ChangeSet> changes(DealHygiene before, OffendingDeal deal, Set<HygieneRule> now, Instant next,
                                              Instant at) {
        Map<String, Instant> after = new TreeMap<>();
        for (HygieneRule rule : now) {
            after.put(rule.id(), before.offences().getOrDefault(rule.id(), at));
        }
        if (after.equals(before.offences()) && Objects.equals(deal, before.deal())
                && Objects.equals(next, before.nextCheck())) {
            return Optional.empty();
        }
        ChangeSet set = new ChangeSet();
        Map<OffenceTally.Key, Map<String, BigDecimal>> counts = new HashMap<>();
        boolean sameItemKey = before.deal() != null && deal != null && before.deal().ownerId().equals(deal.ownerId());
        before.offences().forEach((ruleId, since) -> {
            Offence old = offence(ruleId, since, before.deal());
            if (after.containsKey(ruleId) && sameItemKey) {
                // Same item key: rewrite the copy in place (the summary's version guards it) and move its count if the
                // team changed.
                set.overwrite(offence(ruleId, since, deal));
                count(counts, OffenceTally.Key.of(before.deal()), ruleId, -1);
                count(counts, OffenceTally.Key.of(deal), ruleId, 1);
            } else {
                set.withdraw(old);
                count(counts, OffenceTally.Key.of(before.deal()), ruleId, -1);
            }
        });
        after.forEach((ruleId, since) -> {
            if (!(before.offences().containsKey(ruleId) && sameItemKey)) {
                set.create(offence(ruleId, since, deal));
                count(counts, OffenceTally.Key.of(deal), ruleId, 1);
            }
        });
        counts.forEach(set::count);
        set.createOrReplace(new DealHygiene(before.dealId(), deal, after, next, before.version() + 1), before.version());
        return Optional.of(set);
    }

    private static Offence offence(String ruleId, Instant since, OffendingDeal deal) {
        return new Offence(ruleId, HygieneRule.byId(ruleId).orElseThrow().severity(), since, deal);
    }

    private static void count(Map<OffenceTally.Key, Map<String, BigDecimal>> counts, OffenceTally.Key key, String ruleId, int delta) {
        counts.computeIfAbsent(key, k -> new HashMap<>()).merge(OffenceTally.counter(ruleId), BigDecimal.valueOf(delta), BigDecimal::add);
        counts.get(key).values().removeIf(v -> v.signum() == 0);
        counts.values().removeIf(Map::isEmpty);
    }
}
