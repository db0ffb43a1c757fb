package dev.fieldcrm.core.deals;

import java.time.Instant;

/**
 * One entry of a deal's stage history, stored in the deal's partition in the same transaction as the move.
 *
 * @param fromStageId null for the stage a deal was created in
 */
public record StageChange(String id, String dealId, String fromStageId, String toStageId, String by, Instant at,
                          String reason, String comment) implements SalesRecord {
}
