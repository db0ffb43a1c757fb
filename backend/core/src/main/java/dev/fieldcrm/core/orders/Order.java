package dev.fieldcrm.core.orders;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A field order, stored in its client's partition with its lines embedded (≤ 200 lines keeps it far below
 * DynamoDB's 400 KB item size).
 *
 * @param ownerId    the client's owning rep when the order was taken (orders list by it)
 * @param orderedAt  when the order was confirmed: it counts as a sale of that month from then on
 * @param invoiceId  set once invoiced
 * @param paid       sum of the payments against its invoice
 */
public record Order(String id, String clientId, String clientName, String ownerId, String teamId, OrderStatus status,
                    String currency, String priceListId, String conditionsPackage,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discountPercent,
                    List<OrderLine> lines,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vat,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
                    String comment, LocalDate desiredDeliveryDate, Instant orderedAt, String invoiceId,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
                    Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {

    public Order {
        lines = List.copyOf(lines);
    }

    Order withStatus(OrderStatus newStatus, String actor, Instant at) {
        Instant ordered = newStatus == OrderStatus.CONFIRMED ? at : orderedAt;
        return new Order(id, clientId, clientName, ownerId, teamId, newStatus, currency, priceListId, conditionsPackage,
                discountPercent, lines, net, vat, gross, comment, desiredDeliveryDate, ordered, invoiceId, paid,
                createdAt, createdBy, at, actor, version + 1);
    }

    Order withLines(PricedOrder priced, String newComment, LocalDate newDelivery, String actor, Instant at) {
        return new Order(id, clientId, clientName, ownerId, teamId, status, priced.currency(), priced.priceListId(),
                priced.conditionsPackage(), priced.discountPercent(), priced.lines(), priced.totals().net(),
                priced.totals().vat(), priced.totals().gross(), newComment, newDelivery, orderedAt, invoiceId, paid,
                createdAt, createdBy, at, actor, version + 1);
    }

    Order shipped(List<OrderLine> newLines, OrderStatus newStatus, String actor, Instant at) {
        return new Order(id, clientId, clientName, ownerId, teamId, newStatus, currency, priceListId, conditionsPackage,
                discountPercent, newLines, net, vat, gross, comment, desiredDeliveryDate, orderedAt, invoiceId, paid,
                createdAt, createdBy, at, actor, version + 1);
    }

    Order invoiced(String newInvoiceId, String actor, Instant at) {
        return new Order(id, clientId, clientName, ownerId, teamId, OrderStatus.INVOICED, currency, priceListId,
                conditionsPackage, discountPercent, lines, net, vat, gross, comment, desiredDeliveryDate, orderedAt,
                newInvoiceId, paid, createdAt, createdBy, at, actor, version + 1);
    }

    Order withPaid(BigDecimal newPaid, String actor, Instant at) {
        OrderStatus newStatus = newPaid.compareTo(gross) >= 0 ? OrderStatus.PAID : OrderStatus.PARTIALLY_PAID;
        return new Order(id, clientId, clientName, ownerId, teamId, newStatus, currency, priceListId, conditionsPackage,
                discountPercent, lines, net, vat, gross, comment, desiredDeliveryDate, orderedAt, invoiceId, newPaid,
                createdAt, createdBy, at, actor, version + 1);
    }
}
