package dev.fieldcrm.core.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** What a manager writes about a product; {@code active} defaults to true. */
public record ProductInput(@NotBlank @Size(max = 200) String name,
                           @NotBlank @Size(max = 20) String unit,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal vatRate,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal costPrice,
                           Boolean active) {
}
