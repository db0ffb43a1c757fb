package dev.fieldcrm.core.orders;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.util.Optional;

/** Reads of orders and invoices (see docs/data-model.md for the DynamoDB call of each). */
public interface OrderQueries {
    Optional<Order> order(String tenantId, String clientId, String orderId);

    Page<Order> byClient(String tenantId, String clientId, PageRequest page);

    /** A rep's orders, newest first, optionally of one status. */
    Page<Order> byOwner(String tenantId, String ownerId, OrderStatus status, PageRequest page);

    /** A team's orders, newest first, optionally of one status. */
    Page<Order> byTeam(String tenantId, String teamId, OrderStatus status, PageRequest page);

    Optional<Invoice> invoice(String tenantId, String clientId, String invoiceId);

    /** The tenant's invoice counter ({@link InvoiceSequence#NONE} before the first invoice), read strongly consistent. */
    InvoiceSequence invoiceSequence(String tenantId);
}
