package dev.fieldcrm.core.deals;

/**
 * Marks the records of the sales feature that are stored in the table, so the key design maps all of them
 * with one rule ({@code dev.fieldcrm.core.dynamo.DealKeys}).
 */
public sealed interface SalesRecord permits Deal, StageChange, DealSummary, DealAuditEntry, DealTally.Key, Pipeline, SalesSettings {
}
