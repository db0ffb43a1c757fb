package dev.fieldcrm.core.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

public record ConditionsPackageInput(@NotBlank @Size(max = 200) String name,
                                     @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
                                     @NotNull @Min(0) @Max(365) Integer paymentTermDays) {
}
