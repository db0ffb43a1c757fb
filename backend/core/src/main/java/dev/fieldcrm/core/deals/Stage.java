package dev.fieldcrm.core.deals;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

/**
 * One step of a pipeline, as the tenant configured it.
 *
 * @param id             a slug, unique in its pipeline; part of list keys, so it never contains '#'
 * @param probability    chance (0–100) that a deal at this stage is won
 * @param requiredFields what a deal must have before it may enter this stage
 * @param trialDays      length of a TRIAL stage (14 when absent); ignored for other kinds
 */
public record Stage(@NotBlank @Pattern(regexp = Stage.SLUG, message = "must be a slug: a-z, 0-9 and '-', at most 40") String id,
                    @NotBlank @Size(max = 100) String name,
                    @Min(0) @Max(100) int probability,
                    Set<DealField> requiredFields,
                    @NotNull StageKind kind,
                    @Min(1) @Max(365) Integer trialDays) {
    public static final String SLUG = "[a-z0-9][a-z0-9-]{0,39}";
    public static final int DEFAULT_TRIAL_DAYS = 14;

    public Stage {
        requiredFields = requiredFields == null || requiredFields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requiredFields));
        trialDays = kind == StageKind.TRIAL ? (trialDays == null ? DEFAULT_TRIAL_DAYS : trialDays) : null;
    }

    public static Stage of(String id, String name, int probability, StageKind kind, DealField... required) {
        return new Stage(id, name, probability, Set.of(required), kind, null);
    }
}
