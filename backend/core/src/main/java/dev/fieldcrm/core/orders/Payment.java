package dev.fieldcrm.core.orders;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money received against an invoice; immutable once recorded. */
public record Payment(String id, String clientId, String invoiceId, String orderId, String currency,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                      LocalDate paidOn, String reference, Instant createdAt, String createdBy, long version) {
}
