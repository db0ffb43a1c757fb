package dev.fieldcrm.core.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

public record PriceLineInput(@NotBlank @Size(max = 40) String sku,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal price) {
}
