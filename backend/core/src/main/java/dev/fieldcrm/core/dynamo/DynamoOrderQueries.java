package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.orders.Invoice;
import dev.fieldcrm.core.orders.InvoiceSequence;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderQueries;
import dev.fieldcrm.core.orders.OrderStatus;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

public final class DynamoOrderQueries implements OrderQueries {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;

    public DynamoOrderQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
    }

    /** GetItem {@code T#t#CLIENT#cid / ORDER#oid}. */
    @Override
    public Optional<Order> order(String tenantId, String clientId, String orderId) {
        return get(OrderKeys.order(tenantId, clientId, orderId), Order.class, false);
    }

    /** Query PK = client, {@code begins_with(SK, "ORDER#")}, newest first (ids are ULIDs). */
    @Override
    public Page<Order> byClient(String tenantId, String clientId, PageRequest page) {
        return query.page(null, Keys.client(tenantId, clientId), PagedQuery.SortCondition.beginsWith(OrderKeys.ORDER_PREFIX),
                true, page, Order.class);
    }

    /** Query GSI3 {@code T#t#ORDERS#OWNER#owner}, newest first; [FilterExpression status]. */
    @Override
    public Page<Order> byOwner(String tenantId, String ownerId, OrderStatus status, PageRequest page) {
        return query.page(TableDesign.OWNER_INDEX, OrderKeys.ordersByOwner(tenantId, ownerId), PagedQuery.SortCondition.none(),
                true, page, statusFilter(status), Order.class);
    }

    /** Query GSI4 {@code T#t#ORDERS#TEAM#team}, newest first; [FilterExpression status]. */
    @Override
    public Page<Order> byTeam(String tenantId, String teamId, OrderStatus status, PageRequest page) {
        return query.page(TableDesign.TEAM_INDEX, OrderKeys.ordersByTeam(tenantId, teamId), PagedQuery.SortCondition.none(),
                true, page, statusFilter(status), Order.class);
    }

    /** GetItem {@code T#t#CLIENT#cid / INVOICE#id}. */
    @Override
    public Optional<Invoice> invoice(String tenantId, String clientId, String invoiceId) {
        return get(OrderKeys.invoice(tenantId, clientId, invoiceId), Invoice.class, false);
    }

    /** GetItem {@code T#t#SEQ / INVOICE}, strongly consistent: a retry after a lost race must see the winner's number. */
    @Override
    public InvoiceSequence invoiceSequence(String tenantId) {
        return get(OrderKeys.invoiceSequence(tenantId), InvoiceSequence.class, true).orElse(InvoiceSequence.NONE);
    }

    /** Query GSI2 {@code T#t#ORDERS#MONTH#yyyy-MM} (sparse: only sales carry it), by confirmation time. */
    @Override
    public Page<Order> salesOfMonth(String tenantId, YearMonth month, PageRequest page) {
        return query.page(TableDesign.JOURNAL_INDEX, OrderKeys.ordersByMonth(tenantId, month.toString()),
                PagedQuery.SortCondition.none(), false, page, Order.class);
    }

    private static PagedQuery.Filter statusFilter(OrderStatus status) {
        return status == null ? PagedQuery.Filter.none()
                : new PagedQuery.Filter("#status = :status", Map.of("#status", "status"),
                Map.of(":status", AttributeValue.fromS(status.name())));
    }

    private <T> Optional<T> get(Map<String, AttributeValue> key, Class<T> type, boolean consistent) {
        var response = dynamo.getItem(g -> g.tableName(table).key(key).consistentRead(consistent));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), type)) : Optional.empty();
    }
}
