package dev.fieldcrm.core.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rep sends for an order: products and quantities; prices come from the catalog, never from the request.
 *
 * @param priceListId a price list to use instead of the applicable one (optional)
 */
public record OrderInput(@NotNull @Size(min = 1, max = 200) List<@NotNull @Valid Line> lines,
                         @Size(max = 2000) String comment,
                         LocalDate desiredDeliveryDate,
                         @Size(max = 40) String priceListId) {

    /** A product and how much of it; quantity positive with at most 3 decimals (kg, m…). */
    public record Line(@NotBlank @Size(max = 40) String sku,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3) BigDecimal quantity) {
    }
}
