package dev.fieldcrm.core.deals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A request to move a deal to another stage of its pipeline.
 *
 * @param reason   why a deal was won or lost: one of the tenant's reasons (required for WON and LOST stages)
 * @param returnOn the day to come back to a frozen deal (required for FROZEN stages; a future day)
 */
public record StageMove(@NotBlank @Size(max = 40) String stageId,
                        @Size(max = 100) String reason,
                        LocalDate returnOn,
                        @Size(max = 1000) String comment) {
}
