package dev.fieldcrm.core.analytics;

import java.time.Instant;

/**
 * When a tenant's aggregates are reconciled next (on the due index) and when they last were: one item per tenant.
 *
 * @param lastRun null before the first run
 */
public record ReconciliationSchedule(Instant nextRun, Instant lastRun) implements AnalyticsRecord {
}
