package dev.fieldcrm.core.orders;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice for an order's total. {@code sequence} comes from the tenant's gap-free invoice counter;
 * {@code number} is that sequence zero-padded to six digits ("000042").
 */
public record Invoice(String id, long sequence, String number, String clientId, String orderId, String currency,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vat,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
                      LocalDate issuedOn, LocalDate dueDate, Instant createdAt, String createdBy,
                      Instant updatedAt, String updatedBy, long version) {

    public static String numberOf(long sequence) {
        return String.format("%06d", sequence);
    }

    public BigDecimal outstanding() {
        return gross.subtract(paid);
    }

    Invoice withPaid(BigDecimal newPaid, String actor, Instant at) {
        return new Invoice(id, sequence, number, clientId, orderId, currency, net, vat, gross, newPaid, issuedOn, dueDate,
                createdAt, createdBy, at, actor, version + 1);
    }
}
