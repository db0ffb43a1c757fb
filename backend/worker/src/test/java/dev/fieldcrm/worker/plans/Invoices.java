package dev.fieldcrm.worker.plans;

import dev.fieldcrm.core.catalog.PriceLineInput;
import dev.fieldcrm.core.catalog.PriceListInput;
import dev.fieldcrm.core.catalog.ProductInput;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.orders.Invoice;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderInput;
import dev.fieldcrm.core.orders.ShipmentInput;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Sales fixtures of tenant acme made through the core's use cases (as the API would): a product at 100.00 net (VAT
 * 20 %) on a price list of its own in the given currency, a client of a rep, and orders taken to any step.
 */
final class Invoices {
    static final Caller MGR = new Caller("acme", "mgr", Set.of(Role.MANAGER), "east", ZoneId.of("UTC"));

    private final CoreServices core;
    private final String sku;
    private final String priceListId;

    Invoices(CoreServices core, String currency) {
        this.core = core;
        this.sku = "SKU-" + Ids.newId();
        this.priceListId = "PL-" + Ids.newId();
        core.catalog().putProduct(MGR, sku, null, new ProductInput("Product " + sku, "pcs", new BigDecimal("20"),
                new BigDecimal("10"), true));
        core.catalog().putPriceList(MGR, priceListId, null, new PriceListInput("List " + priceListId, currency, null, null,
                LocalDate.of(2020, 1, 1), null, true));
        core.catalog().putLines(MGR, priceListId, List.of(new PriceLineInput(sku, new BigDecimal("100.00"))));
    }

    static Caller rep(String userId) {
        return new Caller("acme", userId, Set.of(Role.REP), "east", ZoneId.of("UTC"));
    }

    Client client(Caller rep) {
        return core.clients().create(rep, null, new ClientDetails("Client " + Ids.newId(), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null), null);
    }

    /** An order of {@code quantity} pieces, taken by the client's owner and confirmed by the manager. */
    Order confirmed(Caller rep, String clientId, int quantity) {
        Order draft = core.orders().create(rep, clientId, null,
                new OrderInput(List.of(new OrderInput.Line(sku, BigDecimal.valueOf(quantity))), null, null, priceListId), null);
        Order submitted = core.orders().submit(rep, clientId, draft.id(), draft.version());
        return core.orders().confirm(MGR, clientId, submitted.id(), submitted.version());
    }

    /** The order shipped in full and invoiced (gross = quantity × 120.00). */
    Invoice invoiced(Caller rep, String clientId, int quantity) {
        Order order = confirmed(rep, clientId, quantity);
        core.orders().ship(MGR, clientId, order.id(), order.version(),
                new ShipmentInput(List.of(new OrderInput.Line(sku, BigDecimal.valueOf(quantity))), LocalDate.now()));
        Order shipped = core.orders().get(MGR, clientId, order.id());
        return core.billing().invoice(MGR, clientId, shipped.id(), shipped.version());
    }
}
