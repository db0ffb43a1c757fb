package dev.fieldcrm.core.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The counters of one owner whose stored value differs from the value recomputed from the source items. Stored
 * counters are read before and after the sources: a counter that moved in between is busy (an event was counted
 * while the run read) and is left to the next run, so a repair never undoes a live change.
 */
public final class CounterDrift {

    /** One drifted counter: what is stored and what the sources say. */
    public record Drifted(String name, BigDecimal stored, BigDecimal value) {
        /** What to ADD to the stored counter to make it right. */
        public BigDecimal difference() {
            return value.subtract(stored);
        }
    }

    private CounterDrift() {
    }

    /** The drifted counters, by name; names missing from a map count as zero. */
    public static List<Drifted> of(Map<String, BigDecimal> storedBefore, Map<String, BigDecimal> storedAfter,
                                   Map<String, BigDecimal> recomputed) {
        TreeSet<String> names = new TreeSet<>(recomputed.keySet());
        names.addAll(storedAfter.keySet());
        List<Drifted> drifted = new ArrayList<>();
        for (String name : names) {
            BigDecimal stored = storedAfter.getOrDefault(name, BigDecimal.ZERO);
            BigDecimal value = recomputed.getOrDefault(name, BigDecimal.ZERO);
            boolean busy = stored.compareTo(storedBefore.getOrDefault(name, BigDecimal.ZERO)) != 0;
            if (!busy && stored.compareTo(value) != 0) {
                drifted.add(new Drifted(name, stored, value));
            }
        }
        return drifted;
    }
}
