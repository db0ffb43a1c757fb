package dev.fieldcrm.core.analytics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Counter deltas being collected for several aggregate items (one event's, or one reconciliation's). */
public final class AggregateDeltas {
    private final Map<AggregateKey, Map<String, BigDecimal>> deltas = new HashMap<>();

    public AggregateDeltas add(AggregateKey key, String counter, BigDecimal amount) {
        deltas.computeIfAbsent(key, k -> new HashMap<>()).merge(counter, amount, BigDecimal::add);
        return this;
    }

    public AggregateDeltas add(AggregateKey key, String counter) {
        return add(key, counter, BigDecimal.ONE);
    }

    /** Adds every delta of {@code other} multiplied by {@code sign} (1 or -1). */
    public AggregateDeltas addAll(AggregateDeltas other, int sign) {
        BigDecimal factor = BigDecimal.valueOf(sign);
        other.deltas.forEach((key, counters) -> counters.forEach((name, amount) -> add(key, name, amount.multiply(factor))));
        return this;
    }

    /** The non-zero deltas, by aggregate item. */
    public Map<AggregateKey, Map<String, BigDecimal>> nonZero() {
        Map<AggregateKey, Map<String, BigDecimal>> result = new HashMap<>();
        deltas.forEach((key, counters) -> counters.forEach((name, amount) -> {
            if (amount.signum() != 0) {
                result.computeIfAbsent(key, k -> new HashMap<>()).put(name, amount);
            }
        }));
        return result;
    }
}
