package dev.fieldcrm.core.orders;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Goods of an order that left the warehouse together; immutable once recorded. */
public record Shipment(String id, String clientId, String orderId, List<Line> lines, LocalDate shippedOn,
                       Instant createdAt, String createdBy, long version) {

    public Shipment {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {
    }
}
