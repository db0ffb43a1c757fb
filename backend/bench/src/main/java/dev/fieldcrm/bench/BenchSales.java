package dev.fieldcrm.bench;

import dev.fieldcrm.core.catalog.ConditionsPackageInput;
import dev.fieldcrm.core.catalog.PriceLineInput;
import dev.fieldcrm.core.catalog.PriceListInput;
import dev.fieldcrm.core.catalog.ProductInput;
import dev.fieldcrm.core.deals.DealInput;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.orders.Invoice;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderInput;
import dev.fieldcrm.core.orders.PaymentInput;
import dev.fieldcrm.core.orders.ShipmentInput;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The benchmark tenant's sales data, written through the core's use cases: a catalog (conditions package, a general
 * price list with {@value #PRODUCTS} products), deals for the stage-move workers, and a client whose receivables come
 * from orders taken, confirmed, shipped, invoiced and partly paid on past days.
 */
final class BenchSales {
    static final String SALES_REP = "rep-sales";
    static final String SALES_FLOOR_REP = "rep-sales-floor";
    static final String MANAGER = "mgr-bench";
    static final int PRODUCTS = 24;
    static final String PACKAGE = "Standard";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    private final CoreServices core;

    BenchSales(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
        this.core = CoreServices.onDynamo(dynamo, table, "RU", clock);
    }

    static Caller rep(String id) {
        return new Caller(BenchTenant.TENANT, id, Set.of(Role.REP), BenchTenant.team(0), BenchTenant.ZONE);
    }

    static Caller manager() {
        return new Caller(BenchTenant.TENANT, MANAGER, Set.of(Role.MANAGER), BenchTenant.team(0), BenchTenant.ZONE);
    }

    /** The two reps of the sales operations (the measured one and the floor's) and the manager of their team. */
    void users() {
        for (String id : List.of(SALES_REP, SALES_FLOOR_REP)) {
            core.users().save(BenchTenant.TENANT, new User(id, "Sales rep " + id, id + "@bench.fieldcrm.dev", Set.of(Role.REP),
                    BenchTenant.team(0), BenchTenant.ZONE.getId(), "ru", true, 1));
        }
        core.users().save(BenchTenant.TENANT, new User(MANAGER, "Bench manager", "mgr@bench.fieldcrm.dev", Set.of(Role.MANAGER),
                BenchTenant.team(0), BenchTenant.ZONE.getId(), "ru", true, 1));
    }

    static String sku(int n) {
        return String.format("BENCH-%03d", n);
    }

    /**
     * The package the bench clients name ({@code Standard}, so orders read it) and the general price list that
     * applies to them, with {@value #PRODUCTS} products. Returns the skus.
     */
    List<String> catalog() {
        Caller manager = manager();
        core.catalog().putConditionsPackage(manager, PACKAGE, null, new ConditionsPackageInput(PACKAGE, new BigDecimal("3"), 14));
        core.catalog().putPriceList(manager, "BENCH", null,
                new PriceListInput("Bench general price list", "RUB", null, null, LocalDate.of(2020, 1, 1), null, true));
        List<String> skus = new ArrayList<>();
        List<PriceLineInput> lines = new ArrayList<>();
        for (int n = 1; n <= PRODUCTS; n++) {
            BigDecimal price = BigDecimal.valueOf(100L + 37L * n).setScale(2, RoundingMode.UNNECESSARY);
            core.catalog().putProduct(manager, sku(n), null, new ProductInput("Bench product " + n, n % 3 == 0 ? "kg" : "pcs",
                    new BigDecimal("20"), price.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP), true));
            lines.add(new PriceLineInput(sku(n), price));
            skus.add(sku(n));
        }
        core.catalog().putLines(manager, "BENCH", lines);
        return skus;
    }

    /** A client of the rep (client number {@code n} keeps phones and tax ids unique in the tenant). */
    String client(String repId, int n) {
        return core.clients().create(rep(repId), null, BenchTenant.details(n), null).id();
    }

    /** {@code count} open deals of the rep on the client, at the first stage of the default pipeline. */
    List<String> deals(String repId, String clientId, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(core.deals().create(rep(repId), null, new DealInput("Bench deal " + i, clientId, null, null, null,
                    null, null, null, null, null, null, null), null).id());
        }
        return ids;
    }

    /**
     * {@code invoices} invoices of the client, issued 5, 17, 29… days ago (payment term 14 days, so most are
     * overdue and spread over the ageing buckets), every other one half paid. Each goes the whole way through the
     * use cases on a clock set to its day: order (3 lines) → submit → confirm → ship → invoice → [payment].
     */
    void receivables(String repId, String clientId, List<String> skus, int invoices) {
        for (int i = 0; i < invoices; i++) {
            Clock past = Clock.offset(clock, Duration.ofDays(-(5 + 12L * i)));
            CoreServices then = CoreServices.onDynamo(dynamo, table, "RU", past);
            LocalDate day = LocalDate.now(past.withZone(BenchTenant.ZONE));
            Caller rep = rep(repId);
            Caller manager = manager();
            List<OrderInput.Line> lines = List.of(new OrderInput.Line(skus.get(i % skus.size()), new BigDecimal(5 + i)),
                    new OrderInput.Line(skus.get((i + 7) % skus.size()), new BigDecimal("2.5")),
                    new OrderInput.Line(skus.get((i + 13) % skus.size()), BigDecimal.ONE));
            Order order = then.orders().create(rep, clientId, null, new OrderInput(lines, "Bench order " + i, null, null), null);
            order = then.orders().submit(rep, clientId, order.id(), order.version());
            order = then.orders().confirm(manager, clientId, order.id(), order.version());
            then.orders().ship(manager, clientId, order.id(), order.version(), new ShipmentInput(lines, day));
            order = then.orders().get(manager, clientId, order.id());
            Invoice invoice = then.billing().invoice(manager, clientId, order.id(), order.version());
            if (i % 2 == 0) {
                BigDecimal half = invoice.gross().divide(BigDecimal.TWO, 2, RoundingMode.DOWN);
                then.billing().pay(manager, clientId, new PaymentInput(invoice.id(), half, day, "bench " + i), null);
            }
        }
    }
}
