package dev.fieldcrm.core.analytics;

/** The stored records of analytics (monthly aggregates, their markers, reconciliation reports): keys in the dynamo layer. */
public sealed interface AnalyticsRecord permits AggregateKey, AggregateMarker, ReconciliationReport,
        ReconciliationSchedule {
}
