package dev.fieldcrm.core.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;

/** The net (VAT-exclusive) price of one product on one price list. */
public record PriceListLine(String priceListId, String sku,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
                            Instant updatedAt, String updatedBy, long version) {
}
