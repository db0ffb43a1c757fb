package dev.fieldcrm.core.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

public record PaymentInput(@NotBlank @Size(max = 26) String invoiceId,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2) BigDecimal amount,
                           @NotNull LocalDate paidOn,
                           @Size(max = 200) String reference) {
}
