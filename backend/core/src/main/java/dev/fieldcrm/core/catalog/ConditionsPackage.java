package dev.fieldcrm.core.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Commercial conditions a client is given (seed 004): a discount on price list prices and a payment term.
 * Clients name theirs in {@code ClientDetails.conditionsPackage}.
 */
public record ConditionsPackage(String code, String name,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discountPercent,
                                int paymentTermDays, Instant updatedAt, String updatedBy, long version) {
}
