package dev.fieldcrm.core.webforms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A consent checkbox of a web form (e.g. {@code marketing}: "Send me news"); a required one must be ticked. */
public record FormConsent(@NotBlank @Pattern(regexp = FormField.NAME, message = FormField.NAME_RULE) String name,
                          @NotBlank @Size(max = 300) String label,
                          boolean required) {
}
