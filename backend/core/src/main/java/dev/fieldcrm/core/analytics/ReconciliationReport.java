package dev.fieldcrm.core.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What one reconciliation run found for one month: the counters whose stored value differed from the value
 * recomputed from source items, and what was added to repair them.
 *
 * @param owners how many owners' aggregates were recomputed
 * @param drifts the differing counters (at most {@link #MAX_LISTED}; {@code driftCount} has the total)
 */
public record ReconciliationReport(String month, Instant runAt, int owners, int driftCount, List<Drift> drifts)
        implements AnalyticsRecord {
    public static final int MAX_LISTED = 200;

    public ReconciliationReport {
        drifts = drifts == null ? List.of() : List.copyOf(drifts);
    }

    /** One counter of one owner that had drifted: {@code recomputed - stored} was added to it. */
    public record Drift(String teamId, String ownerId, String counter, BigDecimal stored, BigDecimal recomputed) {
    }
}
