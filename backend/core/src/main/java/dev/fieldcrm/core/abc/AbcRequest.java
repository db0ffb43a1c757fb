package dev.fieldcrm.core.abc;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.YearMonth;

/**
 * What an ABC analysis covers: the months from {@code from} to {@code to} (both included), the sales in one
 * {@code currency} (the tenant's default when absent), and where the classes end (80/15/5 when absent).
 */
public record AbcRequest(@NotNull YearMonth from, @NotNull YearMonth to,
                         @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as RUB or EUR") String currency,
                         @Valid AbcThresholds thresholds) {
}
