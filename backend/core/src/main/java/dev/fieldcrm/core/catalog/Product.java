package dev.fieldcrm.core.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product of the tenant's catalog, keyed by its normalised sku.
 *
 * @param vatRate   VAT in percent (0, 10, 20…)
 * @param costPrice what the product costs us, net, for margins (optional)
 */
public record Product(String sku, String name, String unit,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatRate,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal costPrice,
                      boolean active, Instant updatedAt, String updatedBy, long version) {
}
