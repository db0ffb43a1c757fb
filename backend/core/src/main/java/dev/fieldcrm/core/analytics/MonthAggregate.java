package dev.fieldcrm.core.analytics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One owner's counters for one month (see {@link AggregateNames}), as read from the aggregate item.
 *
 * @param counters counter name → value; a counter never touched is absent (reads as 0)
 */
public record MonthAggregate(AggregateKey key, Map<String, BigDecimal> counters) {

    public MonthAggregate {
        counters = Map.copyOf(counters);
    }

    /** Whether an attribute of a stored aggregate item is a counter (the others are the key's fields). */
    public static boolean isCounter(String attribute) {
        return attribute.contains(AggregateNames.SEP);
    }

    public BigDecimal value(String name) {
        return counters.getOrDefault(name, BigDecimal.ZERO);
    }

    public long count(String name) {
        return value(name).longValue();
    }

    /**
     * The counters starting with {@code prefix}, by the rest of their name (e.g. {@code family("won#amt#")} →
     * currency → amount). Zeros are left out.
     */
    public Map<String, BigDecimal> family(String prefix) {
        Map<String, BigDecimal> found = new TreeMap<>();
        counters.forEach((name, value) -> {
            if (name.startsWith(prefix) && value.signum() != 0) {
                found.put(name.substring(prefix.length()), value);
            }
        });
        return found;
    }

    /** The counters of several aggregates added up (a team, a period). */
    public static Map<String, BigDecimal> sum(List<MonthAggregate> aggregates) {
        Map<String, BigDecimal> total = new HashMap<>();
        for (MonthAggregate aggregate : aggregates) {
            aggregate.counters().forEach((name, value) -> total.merge(name, value, BigDecimal::add));
        }
        return total;
    }
}
