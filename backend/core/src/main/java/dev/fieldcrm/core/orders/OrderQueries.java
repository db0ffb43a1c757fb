package dev.fieldcrm.core.orders;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.time.YearMonth;
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

    /**
     * Orders confirmed in a month (UTC) and not cancelled, in order of confirmation: the turnover the ABC analysis
     * reads, one Query page at a time.
     */
    Page<Order> salesOfMonth(String tenantId, YearMonth month, PageRequest page);
}
