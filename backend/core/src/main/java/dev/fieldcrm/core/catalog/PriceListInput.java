package dev.fieldcrm.core.catalog;

import dev.fieldcrm.core.clients.Category;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record PriceListInput(@NotBlank @Size(max = 200) String name,
                             @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as RUB or EUR") String currency,
                             @Size(max = 40) String conditionsPackage,
                             Category category,
                             @NotNull LocalDate validFrom,
                             LocalDate validTo,
                             Boolean active) {
}
