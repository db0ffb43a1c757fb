package dev.fieldcrm.core.clients;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** An amount in a currency (ISO 4217 code); serialised as a decimal string so no precision is lost. */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
                    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as RUB or EUR") String currency) {
}
