package dev.fieldcrm.core.hygiene;

import java.util.Map;

/**
 * How many deals of one owner (in one team) offend each rule: the dashboard's counts without reading offences.
 * Counters are named {@code n#<ruleId>} and change only in the transaction that creates or deletes an offence item,
 * conditionally on that item being absent or present, so reapplying a change never counts twice.
 */
public record OffenceTally(Key key, Map<String, Long> counts) {
    static final String COUNT = "n#";

    public OffenceTally {
        counts = Map.copyOf(counts);
    }

    public record Key(String teamId, String ownerId) implements HygieneRecord {
        public static Key of(OffendingDeal deal) {
            return new Key(deal.teamId(), deal.ownerId());
        }
    }

    public static String counter(String ruleId) {
        return COUNT + ruleId;
    }

    public static boolean isCounter(String attribute) {
        return attribute.startsWith(COUNT);
    }

    /** The count of one rule (0 when never counted). */
    public long count(String ruleId) {
        return counts.getOrDefault(counter(ruleId), 0L);
    }
}
