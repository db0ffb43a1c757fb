package dev.fieldcrm.core.hygiene;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules one deal offends now, with when each was first seen: the evaluator diffs against it with one read, and
 * its version makes two evaluations of the same deal at once write one after the other instead of both.
 *
 * @param deal      the deal as its offence items show it; null once the deal is gone
 * @param offences  rule id → first seen
 * @param nextCheck when time alone may change the offences (a time-based rule's boundary): the deal waits on the
 *                  due index until then; null when no time-based rule can start or stop offending
 * @param version   incremented on every change (0: never stored)
 */
public record DealHygiene(String dealId, OffendingDeal deal, Map<String, Instant> offences, Instant nextCheck,
                          long version)
        implements HygieneRecord {

    public DealHygiene {
        offences = offences == null ? Map.of() : Map.copyOf(new TreeMap<>(offences));
    }

    public static DealHygiene none(String dealId) {
        return new DealHygiene(dealId, null, Map.of(), null, 0);
    }
}
