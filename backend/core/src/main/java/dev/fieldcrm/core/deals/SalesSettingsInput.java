package dev.fieldcrm.core.deals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The sales settings as an admin sends them (the whole lists: adding a source = sending the list with it). */
public record SalesSettingsInput(
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 60) String> sources,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 100) String> wonReasons,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 100) String> lostReasons,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as RUB or EUR") String defaultCurrency,
        @Size(max = 100) String displayName) {
}
