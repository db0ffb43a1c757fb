package dev.fieldcrm.core.journal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.Instant;

/** Where the phone was when the rep checked in at a visit, and how sure it was. */
public record CheckIn(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
                      @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
                      @NotNull @PositiveOrZero Double accuracyMeters,
                      @NotNull Instant takenAt) {
}
