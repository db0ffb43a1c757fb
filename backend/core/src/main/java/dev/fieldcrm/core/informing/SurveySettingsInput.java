package dev.fieldcrm.core.informing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The questionnaire an admin sets.
 *
 * @param validDays how long a survey link can be answered (default 30)
 */
public record SurveySettingsInput(@NotNull @Size(min = 1, max = 10) List<@NotNull @Valid SurveyQuestion> questions,
                                  @Min(1) @Max(90) Integer validDays) {
}
