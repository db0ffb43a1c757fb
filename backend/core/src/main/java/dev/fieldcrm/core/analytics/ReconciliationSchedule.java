package dev.fieldcrm.core.analytics;

import java.time.Instant;

/**
 * When a tenant's aggregates are reconciled next (on the due index) and when they last were: one item per tenant.
 *
 * @param lastRun    null before the first run
 * @param keyedSince the first month ({@code yyyy-MM}) whose source items all carry the index keys of
 *                   {@link Reconciliation#KEYED}, so those families are recomputed from it on; null on schedules
 *                   written before those keys existed (the next run sets it)
 */
public record ReconciliationSchedule(Instant nextRun, Instant lastRun, String keyedSince) implements AnalyticsRecord {
}
