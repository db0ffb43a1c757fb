package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.orders.Invoice;
import dev.fieldcrm.core.orders.InvoiceSequence;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.Payment;
import dev.fieldcrm.core.orders.Receivables;
import dev.fieldcrm.core.orders.Shipment;
import dev.fieldcrm.core.shared.Stamp;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static dev.fieldcrm.core.dynamo.TableDesign.AGENDA_INDEX;
import static dev.fieldcrm.core.dynamo.TableDesign.JOURNAL_INDEX;
import static dev.fieldcrm.core.dynamo.TableDesign.OWNER_INDEX;
import static dev.fieldcrm.core.dynamo.TableDesign.TEAM_INDEX;

/**
 * Keys of orders and their documents. Orders, invoices, payments and shipments live in their client's partition
 * (outside the {@code CARD#} prefix, so the card Query does not read them); the receivables summary is a card item.
 * Orders also project into the overloaded indexes: GSI3 by owning rep, GSI4 by team (both newest first by creation)
 * and, once confirmed and while not cancelled, GSI2 by month of confirmation (the turnover the ABC analysis reads).
 * Payments that record their owner are on GSI1 by that owner and time (for the aggregates' reconciliation).
 */
final class OrderKeys {
    static final String ORDER_PREFIX = "ORDER#";
    static final String INVOICE_PREFIX = "INVOICE#";
    static final String PAYMENT_PREFIX = "PAYMENT#";
    static final String SHIPMENT_PREFIX = "SHIPMENT#";
    static final String RECEIVABLES = Keys.CARD_PREFIX + "RECEIVABLES";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private OrderKeys() {
    }

    static Map<String, AttributeValue> order(String tenantId, String clientId, String orderId) {
        return Keys.key(Keys.client(tenantId, clientId), ORDER_PREFIX + orderId);
    }

    static Map<String, AttributeValue> invoice(String tenantId, String clientId, String invoiceId) {
        return Keys.key(Keys.client(tenantId, clientId), INVOICE_PREFIX + invoiceId);
    }

    static Map<String, AttributeValue> invoiceSequence(String tenantId) {
        return Keys.key(Keys.tenant(tenantId) + "SEQ", "INVOICE");
    }

    static String ordersByOwner(String tenantId, String ownerId) {
        return Keys.tenant(tenantId) + "ORDERS#OWNER#" + ownerId;
    }

    static String ordersByTeam(String tenantId, String teamId) {
        return Keys.tenant(tenantId) + "ORDERS#TEAM#" + teamId;
    }

    static String paymentsByOwner(String tenantId, String ownerId) {
        return Keys.tenant(tenantId) + "PAYMENTS#OWNER#" + ownerId;
    }

    static String ordersByMonth(String tenantId, String yyyyMm) {
        return Keys.tenant(tenantId) + "ORDERS#MONTH#" + yyyyMm;
    }

    static Map<String, AttributeValue> of(String tenantId, Object record) {
        return switch (record) {
            case Order o -> {
                Map<String, AttributeValue> k = order(tenantId, o.clientId(), o.id());
                String byCreation = Stamp.sortable(o.createdAt()) + "#" + o.id();
                Keys.index(k, OWNER_INDEX, ordersByOwner(tenantId, o.ownerId()), byCreation);
                if (o.teamId() != null) {
                    Keys.index(k, TEAM_INDEX, ordersByTeam(tenantId, o.teamId()), byCreation);
                }
                // Sparse: only sales (confirmed, not cancelled) are on the month index.
                if (o.status().isSale() && o.orderedAt() != null) {
                    Keys.index(k, JOURNAL_INDEX, ordersByMonth(tenantId, MONTH.format(o.orderedAt())),
                            Stamp.sortable(o.orderedAt()) + "#" + o.id());
                }
                yield k;
            }
            case Invoice i -> invoice(tenantId, i.clientId(), i.id());
            case InvoiceSequence s -> invoiceSequence(tenantId);
            case Payment p -> {
                Map<String, AttributeValue> k = Keys.key(Keys.client(tenantId, p.clientId()), PAYMENT_PREFIX + p.id());
                // Sparse: payments by the owner they count for, by time (older payments do not record it).
                if (p.ownerId() != null) {
                    Keys.index(k, AGENDA_INDEX, paymentsByOwner(tenantId, p.ownerId()), Stamp.sortable(p.createdAt()) + "#" + p.id());
                }
                yield k;
            }
            case Shipment s -> Keys.key(Keys.client(tenantId, s.clientId()), SHIPMENT_PREFIX + s.id());
            case Receivables r -> Keys.key(Keys.client(tenantId, r.clientId()), RECEIVABLES);
            default -> throw new IllegalArgumentException("not an order record: " + record.getClass().getSimpleName());
        };
    }

}
