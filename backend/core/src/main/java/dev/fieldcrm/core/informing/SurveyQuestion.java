package dev.fieldcrm.core.informing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One question of the tenant's satisfaction survey, answered with a score 1–5. */
public record SurveyQuestion(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String id,
                             @NotBlank @Size(max = 300) String ru,
                             @NotBlank @Size(max = 300) String en) {

    public String text(String locale) {
        return "ru".equals(locale) ? ru : en;
    }
}
