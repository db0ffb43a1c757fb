package dev.fieldcrm.core.orders;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Money received against an invoice; immutable once recorded.
 *
 * @param ownerId the client's owner when the payment was recorded (whose plan it counts for; null on payments
 *                recorded before it was kept)
 * @param teamId  that owner's client's team then
 */
public record Payment(String id, String clientId, String invoiceId, String orderId, String currency,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                      LocalDate paidOn, String reference, Instant createdAt, String createdBy, long version,
                      String ownerId, String teamId) {
}
