package dev.fieldcrm.core.abc;

import dev.fieldcrm.core.catalog.CatalogQueries;
import dev.fieldcrm.core.catalog.Product;
import dev.fieldcrm.core.deals.SettingsQueries;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderLine;
import dev.fieldcrm.core.orders.OrderQueries;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Pages;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * ABC analysis of the tenant's clients by turnover and by margin over a period (seed 004), run by a manager or an
 * admin. It reads the confirmed orders of each month of the period from the month index (one Query page at a time:
 * no Scan), classifies with {@link AbcClassifier}, and stores each client's result on its card, plus the run.
 *
 * <p>Results are written in transactions of up to 100 unconditional puts: each is complete on its own, and running the
 * analysis again simply overwrites them. A client with no sales in a later run keeps its earlier result, which names
 * its period. The counts per class of each rep's clients ({@link AbcOwnerTally}) are written the same way; the run item
 * comes last, so a run that is listed has all its counts.
 */
public final class AbcService {
    /** Bounds one run (it runs inside one request). */
    public static final int MAX_MONTHS = 24;
    private static final int WRITE_BATCH = 100;

    private final OrderQueries orders;
    private final CatalogQueries catalog;
    private final SettingsQueries settings;
    private final AbcQueries runs;
    private final ChangeWriter writer;
    private final Clock clock;

    public AbcService(OrderQueries orders, CatalogQueries catalog, SettingsQueries settings, AbcQueries runs,
                      ChangeWriter writer, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.settings = settings;
        this.runs = runs;
        this.writer = writer;
        this.clock = clock;
    }

    public AbcRun run(Caller caller, AbcRequest request) {
        if (!caller.supervises()) {
            throw new Forbidden("only a manager or an admin can run the ABC analysis");
        }
        if (request.to().isBefore(request.from())) {
            throw ValidationFailed.of("to", "must not be before from");
        }
        long months = ChronoUnit.MONTHS.between(request.from(), request.to()) + 1;
        if (months > MAX_MONTHS) {
            throw ValidationFailed.of("to", "a run covers at most " + MAX_MONTHS + " months");
        }
        String tenant = caller.tenantId();
        String currency = request.currency() != null ? request.currency()
                : settings.load(tenant).settings().defaultCurrency();
        AbcThresholds thresholds = request.thresholds() == null ? AbcThresholds.CLASSIC : request.thresholds();

        Sales sales = new Sales();
        for (YearMonth month = request.from(); !month.isAfter(request.to()); month = month.plusMonths(1)) {
            YearMonth m = month;
            Pages.each(page -> orders.salesOfMonth(tenant, m, page), order -> sales.add(order, currency));
        }
        Map<String, Product> products = sales.skus.isEmpty() ? Map.of() : catalog.products(tenant, sales.skus);
        Map<String, BigDecimal> margin = sales.margins(products);

        Map<String, AbcClass> byTurnover = AbcClassifier.classify(sales.turnover, thresholds);
        Map<String, AbcClass> byMargin = AbcClassifier.classify(margin, thresholds);
        Instant now = clock.instant();
        String runId = Ids.newId();
        BigDecimal perMonth = BigDecimal.valueOf(months);
        List<Object> writes = new ArrayList<>();
        for (String client : sales.turnover.keySet()) {
            int count = sales.orderCount.get(client);
            writes.add(new AbcResult(client, runId, request.from(), request.to(), currency,
                    sales.turnover.get(client), byTurnover.get(client), margin.get(client), byMargin.get(client),
                    count, BigDecimal.valueOf(count).divide(perMonth, 2, RoundingMode.HALF_UP), now));
        }
        writes.addAll(AbcOwnerTally.of(runId, sales.owners, byTurnover, byMargin));
        ChangeSet batch = new ChangeSet();
        int inBatch = 0;
        for (Object write : writes) {
            batch.overwrite(write);
            if (++inBatch == WRITE_BATCH) {
                writer.apply(tenant, batch);
                batch = new ChangeSet();
                inBatch = 0;
            }
        }
        AbcRun run = new AbcRun(runId, request.from(), request.to(), currency, thresholds, sales.turnover.size(),
                sales.orders, sum(sales.turnover), sum(margin), counts(byTurnover), counts(byMargin),
                sales.skipped, sales.linesWithoutCost(products), now, caller.userId());
        writer.apply(tenant, batch.create(run));
        return run;
    }

    public Page<AbcRun> runs(Caller caller, PageRequest page) {
        if (!caller.supervises()) {
            throw new Forbidden("only a manager or an admin can see ABC runs");
        }
        return runs.runs(caller.tenantId(), page);
    }

    private static BigDecimal sum(Map<String, BigDecimal> values) {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<AbcClass, Integer> counts(Map<String, AbcClass> classes) {
        Map<AbcClass, Integer> counts = AbcClass.zeroCounts();
        classes.values().forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }

    /** Sales of the period per client, in the analysis currency. */
    private static final class Sales {
        final Map<String, BigDecimal> turnover = new LinkedHashMap<>();
        final Map<String, Integer> orderCount = new HashMap<>();
        final Map<String, List<OrderLine>> lines = new HashMap<>();
        final Set<String> skus = new HashSet<>();
        /** Client → the owner (team, rep) of its latest order of the period: orders come in confirmation order. */
        final Map<String, AbcOwnerTally.Owner> owners = new HashMap<>();
        int orders;
        int skipped;

        void add(Order order, String currency) {
            if (!currency.equals(order.currency())) {
                skipped++;
                return;
            }
            orders++;
            turnover.merge(order.clientId(), order.net(), BigDecimal::add);
            orderCount.merge(order.clientId(), 1, Integer::sum);
            owners.put(order.clientId(), new AbcOwnerTally.Owner(order.teamId(), order.ownerId()));
            lines.computeIfAbsent(order.clientId(), c -> new ArrayList<>()).addAll(order.lines());
            order.lines().forEach(line -> skus.add(line.sku()));
        }

        /** Net sales minus cost, per client; a line whose product has no cost price adds nothing to the margin. */
        Map<String, BigDecimal> margins(Map<String, Product> products) {
            Map<String, BigDecimal> margins = new LinkedHashMap<>();
            lines.forEach((client, clientLines) -> {
                BigDecimal margin = BigDecimal.ZERO;
                for (OrderLine line : clientLines) {
                    BigDecimal cost = cost(products, line);
                    if (cost != null) {
                        margin = margin.add(line.net().subtract(cost.multiply(line.quantity())));
                    }
                }
                margins.put(client, margin.setScale(2, RoundingMode.HALF_UP));
            });
            return margins;
        }

        int linesWithoutCost(Map<String, Product> products) {
            int count = 0;
            for (var clientLines : lines.values()) {
                for (OrderLine line : clientLines) {
                    count += cost(products, line) == null ? 1 : 0;
                }
            }
            return count;
        }

        private static BigDecimal cost(Map<String, Product> products, OrderLine line) {
            Product product = products.get(line.sku());
            return product == null ? null : product.costPrice();
        }
    }
}
