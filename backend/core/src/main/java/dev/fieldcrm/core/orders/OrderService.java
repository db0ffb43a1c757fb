package dev.fieldcrm.core.orders;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.catalog.CatalogCodes;
import dev.fieldcrm.core.catalog.CatalogQueries;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.catalog.ConditionsPackage;
import dev.fieldcrm.core.catalog.PriceList;
import dev.fieldcrm.core.catalog.PriceListChoice;
import dev.fieldcrm.core.catalog.PriceListLine;
import dev.fieldcrm.core.catalog.Product;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientAccess;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.idempotency.Idempotency;
import dev.fieldcrm.core.idempotency.IdempotentRequest;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.TeamScope;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Use cases of field orders: take (price from the catalog), change a draft, move through the status flow, ship.
 * A rep takes orders for clients they may work and submits or cancels their drafts; confirming, shipping and
 * cancelling a confirmed order are back-office work (manager or admin).
 */
public final class OrderService {
    private final ClientQueries clients;
    private final OrderQueries orders;
    private final CatalogService catalog;
    private final TeamScope team;
    private final ChangeWriter writer;
    private final Clock clock;

    public OrderService(ClientQueries clients, OrderQueries orders, CatalogService catalog, TeamScope team,
                        ChangeWriter writer, Clock clock) {
        this.clients = clients;
        this.orders = orders;
        this.catalog = catalog;
        this.team = team;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Takes a DRAFT order. With {@code requestedId} (an offline create) a replay returns the stored order.
     * Calls: GetItem client · [GetItem conditions package] · GetItem or Query price lists · BatchGetItem · TWI.
     */
    public Order create(Caller caller, String clientId, String requestedId, OrderInput input, IdempotentRequest idempotent) {
        Client client = workable(caller, clientId);
        String id = requestedId == null ? Ids.newId() : Ids.requireValid("id", requestedId);
        Instant now = clock.instant();
        PricedOrder priced = price(caller, client, input);
        Order order = new Order(id, clientId, client.name(), client.ownerId(), client.teamId(), OrderStatus.DRAFT,
                priced.currency(), priced.priceListId(), priced.conditionsPackage(), priced.discountPercent(),
                priced.lines(), priced.totals().net(), priced.totals().vat(), priced.totals().gross(),
                blankToNull(input.comment()), input.desiredDeliveryDate(), null, null, Pricing.exact(BigDecimal.ZERO),
                now, caller.userId(), now, caller.userId(), 1);
        ChangeSet changes = new ChangeSet().create(order)
                .audit(Audit.entry(caller, now, clientId, "order", id, "created", null, order));
        Idempotency.remember(changes, caller, idempotent, order, now);
        try {
            writer.apply(caller.tenantId(), changes);
        } catch (AlreadyExists e) {
            if (requestedId == null) {
                throw e;
            }
            // The same offline create arriving again: answer with what the first one stored.
            return orders.order(caller.tenantId(), clientId, id).orElseThrow(() -> e);
        }
        return order;
    }

    /** Replaces the lines (re-priced today), comment and delivery date of a DRAFT. */
    public Order replaceDraft(Caller caller, String clientId, String orderId, long expectedVersion, OrderInput input) {
        Client client = workable(caller, clientId);
        Order order = current(caller, clientId, orderId, expectedVersion);
        if (order.status() != OrderStatus.DRAFT) {
            throw ValidationFailed.of("status", "only a DRAFT order can be changed; this one is " + order.status());
        }
        Instant now = clock.instant();
        Order changed = order.withLines(price(caller, client, input), blankToNull(input.comment()),
                input.desiredDeliveryDate(), caller.userId(), now);
        apply(caller, order, expectedVersion, changed, "changed", now);
        return changed;
    }

    public Order submit(Caller caller, String clientId, String orderId, long expectedVersion) {
        workable(caller, clientId);
        return move(caller, current(caller, clientId, orderId, expectedVersion), expectedVersion, OrderStatus.SUBMITTED, "submit");
    }

    public Order confirm(Caller caller, String clientId, String orderId, long expectedVersion) {
        requireBackOffice(caller, "confirm an order");
        workable(caller, clientId);
        return move(caller, current(caller, clientId, orderId, expectedVersion), expectedVersion, OrderStatus.CONFIRMED, "confirm");
    }

    /** A rep may cancel a draft or a submitted order; a confirmed one only the back office. */
    public Order cancel(Caller caller, String clientId, String orderId, long expectedVersion) {
        workable(caller, clientId);
        Order order = current(caller, clientId, orderId, expectedVersion);
        if (order.status() == OrderStatus.CONFIRMED) {
            requireBackOffice(caller, "cancel a confirmed order");
        }
        return move(caller, order, expectedVersion, OrderStatus.CANCELLED, "cancel");
    }

    /**
     * Records a shipment of some of the order's goods: PARTIALLY_SHIPPED until every line is shipped in full, then
     * SHIPPED. Shipping more of a line than is still unshipped is refused. Shipment and order in one transaction.
     */
    public Shipment ship(Caller caller, String clientId, String orderId, long expectedVersion, ShipmentInput input) {
        requireBackOffice(caller, "record a shipment");
        workable(caller, clientId);
        Order order = current(caller, clientId, orderId, expectedVersion);
        if (!order.status().canMoveTo(OrderStatus.SHIPPED)) {
            throw illegal(order, "ship");
        }
        Map<String, BigDecimal> shipping = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        List<Shipment.Line> shipmentLines = new ArrayList<>();
        for (int i = 0; i < input.lines().size(); i++) {
            String sku = CatalogCodes.normaliseOrNull(input.lines().get(i).sku());
            BigDecimal quantity = input.lines().get(i).quantity();
            OrderLine line = sku == null ? null : order.lines().stream().filter(l -> l.sku().equals(sku)).findFirst().orElse(null);
            if (line == null) {
                errors.add(new FieldError("lines[" + i + "].sku", "is not a line of this order"));
                continue;
            }
            BigDecimal total = shipping.merge(sku, quantity, BigDecimal::add);
            if (total.compareTo(line.unshipped()) > 0) {
                errors.add(new FieldError("lines[" + i + "].quantity", "exceeds what is left to ship (" + line.unshipped().toPlainString() + ")"));
            }
            shipmentLines.add(new Shipment.Line(sku, quantity));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        List<OrderLine> lines = new ArrayList<>();
        boolean complete = true;
        for (OrderLine line : order.lines()) {
            OrderLine updated = line.withShipped(line.shipped().add(shipping.getOrDefault(line.sku(), BigDecimal.ZERO)));
            complete &= updated.unshipped().signum() == 0;
            lines.add(updated);
        }
        Instant now = clock.instant();
        Order shipped = order.shipped(lines, complete ? OrderStatus.SHIPPED : OrderStatus.PARTIALLY_SHIPPED, caller.userId(), now);
        Shipment shipment = new Shipment(Ids.newId(), clientId, orderId, shipmentLines, input.shippedOn(), now, caller.userId(), 1);
        writer.apply(caller.tenantId(), new ChangeSet().create(shipment).replace(shipped, expectedVersion)
                .audit(Audit.entry(caller, now, clientId, "order", orderId, "shipped", order, shipped)));
        return shipment;
    }

    public Order get(Caller caller, String clientId, String orderId) {
        workable(caller, clientId);
        return orders.order(caller.tenantId(), clientId, orderId).orElseThrow(() -> new NotFound("order"));
    }

    public Page<Order> ofClient(Caller caller, String clientId, PageRequest page) {
        workable(caller, clientId);
        return orders.byClient(caller.tenantId(), clientId, page);
    }

    /**
     * Orders newest first: a rep's own; a manager's team (or one rep's with {@code ownerId}); an admin's by
     * {@code ownerId}, or the admin's team.
     */
    public Page<Order> list(Caller caller, String ownerId, OrderStatus status, PageRequest page) {
        if (ownerId != null && !ownerId.equals(caller.userId())) {
            team.require(caller, ownerId);
            return orders.byOwner(caller.tenantId(), ownerId, status, page);
        }
        if (caller.supervises() && ownerId == null) {
            if (caller.teamId() == null) {
                throw ValidationFailed.of("ownerId", "name the rep whose orders to list");
            }
            return orders.byTeam(caller.tenantId(), caller.teamId(), status, page);
        }
        return orders.byOwner(caller.tenantId(), caller.userId(), status, page);
    }

    /** The order as last read, if the caller's version is still current (a stale one is refused before any rule). */
    Order current(Caller caller, String clientId, String orderId, long expectedVersion) {
        Order order = orders.order(caller.tenantId(), clientId, orderId).orElseThrow(() -> new NotFound("order"));
        if (order.version() != expectedVersion) {
            throw new VersionConflict("order", order.version());
        }
        return order;
    }

    Client workable(Caller caller, String clientId) {
        return clients.find(caller.tenantId(), clientId)
                .filter(c -> ClientAccess.canWork(caller, c))
                .orElseThrow(() -> new NotFound("client"));
    }

    static void requireBackOffice(Caller caller, String what) {
        if (!caller.supervises()) {
            throw new Forbidden("only a manager or an admin can " + what);
        }
    }

    static ValidationFailed illegal(Order order, String action) {
        return ValidationFailed.of("status", "cannot " + action + " an order in status " + order.status()
                + " (allowed next: " + order.status().next() + ")");
    }

    private Order move(Caller caller, Order order, long expectedVersion, OrderStatus target, String action) {
        if (!order.status().canMoveTo(target)) {
            throw illegal(order, action);
        }
        Instant now = clock.instant();
        Order moved = order.withStatus(target, caller.userId(), now);
        apply(caller, order, expectedVersion, moved, action, now);
        return moved;
    }

    private void apply(Caller caller, Order before, long expectedVersion, Order after, String action, Instant now) {
        writer.apply(caller.tenantId(), new ChangeSet().replace(after, expectedVersion)
                .audit(Audit.entry(caller, now, after.clientId(), "order", after.id(), action, before, after)));
    }

    /**
     * Prices the requested lines for the client today: the named price list (it must apply today) or the applicable
     * one, the client's conditions package discount, each product's VAT rate. Every refused line is named.
     */
    private PricedOrder price(Caller caller, Client client, OrderInput input) {
        String tenant = caller.tenantId();
        LocalDate today = LocalDate.now(clock.withZone(caller.zone()));
        PriceList list;
        if (input.priceListId() != null) {
            list = catalog.priceListOrFail(tenant, input.priceListId(), "priceListId");
            if (!list.appliesOn(today)) {
                throw ValidationFailed.of("priceListId", "is not active or not valid today");
            }
        } else {
            list = catalog.choose(tenant, client, today, null).map(PriceListChoice::priceList)
                    .orElseThrow(() -> ValidationFailed.of("priceListId", "no price list applies to this client today"));
        }
        ConditionsPackage conditions = catalog.conditionsOf(tenant, client).orElse(null);
        BigDecimal discount = conditions == null ? BigDecimal.ZERO : conditions.discountPercent();

        List<FieldError> errors = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.lines().size(); i++) {
            String sku = CatalogCodes.normaliseOrNull(input.lines().get(i).sku());
            if (sku == null) {
                errors.add(new FieldError("lines[" + i + "].sku", "is not a valid sku"));
            } else if (!seen.add(sku)) {
                errors.add(new FieldError("lines[" + i + "].sku", "appears twice; put the whole quantity on one line"));
            }
            skus.add(sku);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        CatalogQueries.PricingData data = catalog.pricingData(tenant, list.id(), skus);
        List<OrderLine> lines = new ArrayList<>();
        List<Pricing.LineAmounts> amounts = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            Product product = data.products().get(skus.get(i));
            PriceListLine price = data.lines().get(skus.get(i));
            if (product == null || !product.active()) {
                errors.add(new FieldError("lines[" + i + "].sku", skus.get(i) + " is not an active product of the catalog"));
                continue;
            }
            if (price == null) {
                errors.add(new FieldError("lines[" + i + "].sku", skus.get(i) + " is not on price list " + list.id()));
                continue;
            }
            BigDecimal quantity = input.lines().get(i).quantity();
            Pricing.LineAmounts line = Pricing.line(price.price(), quantity, discount, product.vatRate());
            amounts.add(line);
            lines.add(new OrderLine(product.sku(), product.name(), product.unit(), quantity, price.price(),
                    product.vatRate(), line.net(), line.vat(), BigDecimal.ZERO));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new PricedOrder(list.currency(), list.id(), conditions == null ? null : conditions.code(), discount,
                lines, Pricing.totals(amounts));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
