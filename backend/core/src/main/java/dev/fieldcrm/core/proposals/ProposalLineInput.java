package dev.fieldcrm.core.proposals;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * One line of a proposal as the caller sends it. Prices are net of VAT; VAT is added on top at {@code vatRate}
 * percent. Name, unit, price and VAT rate may be left out for a {@link ProposalLineSource} to take from the price
 * list by {@code sku}; a line still missing one of them is refused when priced ({@link ProposalLine#of}).
 *
 * @param discountPercent 0..100, absent = no discount
 * @param vatRate         percent, e.g. 20, 10 or 0
 */
public record ProposalLineInput(
        @Size(max = 64) String sku,
        @Size(max = 300) String name,
        @Size(max = 20) String unit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull @DecimalMin(value = "0", inclusive = false)
        @Digits(integer = 9, fraction = 3) BigDecimal quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @DecimalMin("0") @Digits(integer = 13, fraction = 4) BigDecimal price,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal vatRate) {
}
