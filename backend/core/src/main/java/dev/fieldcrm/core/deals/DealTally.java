package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.users.TeamScope;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many deals one owner has at each stage, and their amounts per currency: the kanban board's counts and
 * sums, kept up to date by every deal write (in the same transaction) instead of reading all deals.
 *
 * <p>Counters are named {@code n#<pipelineId>#<stageId>} (number of deals) and
 * {@code a#<pipelineId>#<stageId>#<currency>} (sum of amounts).
 *
 * @param counters counter name → value
 */
public record DealTally(Key key, Map<String, BigDecimal> counters) {
    private static final String COUNT = "n#";
    private static final String AMOUNT = "a#";

    public DealTally {
        counters = Map.copyOf(counters);
    }

    /** Whose tally: one item per team and owner. {@code teamId} is "-" for an owner without a team. */
    public record Key(String teamId, String ownerId) implements SalesRecord {
        public static Key of(Deal deal) {
            return new Key(TeamScope.teamKey(deal.teamId()), deal.ownerId());
        }
    }

    /** The counter changes a deal write makes: the deal leaves its old tally entry and joins its new one. */
    public static Map<Key, Map<String, BigDecimal>> deltas(Deal before, Deal after) {
        Map<Key, Map<String, BigDecimal>> deltas = new HashMap<>();
        if (before != null) {
            add(deltas, before, BigDecimal.ONE.negate());
        }
        if (after != null) {
            add(deltas, after, BigDecimal.ONE);
        }
        // Drop what cancels out (an edit that changes neither stage, owner nor amount changes no counter).
        deltas.values().forEach(m -> m.values().removeIf(v -> v.signum() == 0));
        deltas.values().removeIf(Map::isEmpty);
        return deltas;
    }

    private static void add(Map<Key, Map<String, BigDecimal>> deltas, Deal deal, BigDecimal sign) {
        Map<String, BigDecimal> counters = deltas.computeIfAbsent(Key.of(deal), k -> new HashMap<>());
        counters.merge(countName(deal.pipelineId(), deal.stageId()), sign, BigDecimal::add);
        if (deal.amount() != null) {
            counters.merge(amountName(deal.pipelineId(), deal.stageId(), deal.amount().currency()),
                    deal.amount().amount().multiply(sign), BigDecimal::add);
        }
    }

    static String countName(String pipelineId, String stageId) {
        return COUNT + pipelineId + "#" + stageId;
    }

    static String amountName(String pipelineId, String stageId, String currency) {
        return AMOUNT + pipelineId + "#" + stageId + "#" + currency;
    }

    public static boolean isCounter(String attribute) {
        return attribute.startsWith(COUNT) || attribute.startsWith(AMOUNT);
    }

    /** Totals of several tallies (a team's board) for one stage. */
    public static StageTotals totals(List<DealTally> tallies, String pipelineId, String stageId) {
        long count = 0;
        Map<String, BigDecimal> sums = new TreeMap<>();
        String amountPrefix = AMOUNT + pipelineId + "#" + stageId + "#";
        String countName = countName(pipelineId, stageId);
        for (DealTally tally : tallies) {
            for (Map.Entry<String, BigDecimal> counter : tally.counters().entrySet()) {
                if (counter.getKey().equals(countName)) {
                    count += counter.getValue().longValueExact();
                } else if (counter.getKey().startsWith(amountPrefix) && counter.getValue().signum() != 0) {
                    sums.merge(counter.getKey().substring(amountPrefix.length()), counter.getValue(), BigDecimal::add);
                }
            }
        }
        sums.values().removeIf(v -> v.signum() == 0);
        return new StageTotals(count, sums);
    }

    /** Number of deals at a stage and the sum of their amounts per currency. */
    public record StageTotals(long count, Map<String, BigDecimal> sums) {
    }
}
