package dev.fieldcrm.core.hygiene;

import java.time.Instant;

/**
 * One deal offending one rule, stored while it does (one item per rule and deal).
 *
 * @param since when the offence was first seen (kept while it lasts, even when the deal's details change)
 */
public record Offence(String ruleId, int severity, Instant since, OffendingDeal deal) implements HygieneRecord {
}
