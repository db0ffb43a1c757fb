package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.deals.DealQueries;
import dev.fieldcrm.core.journal.JournalFilter;
import dev.fieldcrm.core.journal.JournalQueries;
import dev.fieldcrm.core.orders.OrderQueries;
import dev.fieldcrm.core.shared.Pages;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Recomputes one month's aggregates of every user of a tenant from the source items, by Queries only (deals by owner,
 * journal by author within the month, clients by owner, orders by owner), compares them with the stored counters,
 * repairs what drifted and stores a {@link ReconciliationReport}.
 *
 * <p>Only the families a record alone determines are recomputed ({@link #RECONCILED}); stage flows and lost deals are
 * events of a move (see {@link StageFlows}), steps need done tasks (not indexed by assignee), leads and payments are
 * not read by owner: those are kept right by the stream's markers alone.
 *
 * <p>Races with the stream: a repair adds the difference ({@code ADD}, through {@link AggregateUpdate}), never
 * overwrites, so an event counted while the run is going is not lost. The stored counters are read before and after
 * the sources; a counter that moved in between is busy and left to the next run. An event the stream has not applied
 * yet when the run reads (the stream's lag, seconds) can still be counted twice until the next night's run: the run is
 * at night for that reason.
 */
public final class Reconciliation {
    /** Counter name prefixes (or whole names) recomputed from source items. */
    public static final List<String> RECONCILED = List.of(AggregateNames.DEALS_CREATED, AggregateNames.SOURCE_DEALS,
            AggregateNames.PARTNER_DEALS, AggregateNames.WON_COUNT, AggregateNames.WON_AMOUNT, AggregateNames.SOURCE_WON,
            AggregateNames.SOURCE_WON_AMOUNT, AggregateNames.PARTNER_WON, AggregateNames.PARTNER_WON_AMOUNT,
            AggregateNames.ACTIVITY, AggregateNames.FACT_VISITS, AggregateNames.FACT_NEW_CLIENTS,
            AggregateNames.FACT_ORDERS_AMOUNT);
    static final String FAMILY = "recon";
    private static final System.Logger LOG = System.getLogger(Reconciliation.class.getName());

    private final UserStore users;
    private final DealQueries deals;
    private final JournalQueries journal;
    private final ClientQueries clients;
    private final OrderQueries orders;
    private final AggregateQueries aggregates;
    private final AggregateUpdate update;
    private final ChangeWriter writer;
    private final Clock clock;

    public Reconciliation(UserStore users, DealQueries deals, JournalQueries journal, ClientQueries clients,
                          OrderQueries orders, AggregateQueries aggregates, AggregateUpdate update, ChangeWriter writer,
                          Clock clock) {
        this.users = users;
        this.deals = deals;
        this.journal = journal;
        this.clients = clients;
        this.orders = orders;
        this.aggregates = aggregates;
        this.update = update;
        this.writer = writer;
        this.clock = clock;
    }

    public ReconciliationReport reconcile(String tenantId, YearMonth month) {
        Instant runAt = clock.instant();
        Staff staff = new Staff(users.list(tenantId));
        Map<String, Map<String, BigDecimal>> storedBefore = stored(tenantId, month);
        Map<String, Map<String, BigDecimal>> recomputed = recompute(tenantId, month, staff);
        Map<String, Map<String, BigDecimal>> storedAfter = stored(tenantId, month);

        List<ReconciliationReport.Drift> drifts = new ArrayList<>();
        for (User user : staff.all()) {
            Map<String, BigDecimal> before = storedBefore.getOrDefault(user.id(), Map.of());
            Map<String, BigDecimal> after = storedAfter.getOrDefault(user.id(), Map.of());
            Map<String, BigDecimal> truth = recomputed.getOrDefault(user.id(), Map.of());
            AggregateKey key = AggregateKey.of(month, staff.teamOf(user.id()), user.id());
            AggregateDeltas repair = new AggregateDeltas();
            TreeSet<String> names = new TreeSet<>(truth.keySet());
            names.addAll(after.keySet());
            for (String name : names) {
                BigDecimal stored = after.getOrDefault(name, BigDecimal.ZERO);
                BigDecimal value = truth.getOrDefault(name, BigDecimal.ZERO);
                boolean busy = stored.compareTo(before.getOrDefault(name, BigDecimal.ZERO)) != 0;
                if (!busy && stored.compareTo(value) != 0) {
                    drifts.add(new ReconciliationReport.Drift(key.teamId(), user.id(), name, stored, value));
                    repair.add(key, name, value.subtract(stored));
                }
            }
            update.apply(tenantId, "recon-" + runAt.toEpochMilli() + "-" + user.id(), FAMILY, repair.nonZero());
        }
        ReconciliationReport report = new ReconciliationReport(month.toString(), runAt, staff.all().size(), drifts.size(),
                drifts.subList(0, Math.min(drifts.size(), ReconciliationReport.MAX_LISTED)));
        writer.apply(tenantId, new ChangeSet().overwrite(report));
        if (!drifts.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "aggregates of tenant {0}, {1}: {2} counters drifted and were repaired: {3}",
                    tenantId, month, drifts.size(), report.drifts());
        }
        return report;
    }

    /** The stored reconciled counters of the month by owner (an owner filed under several teams is added up). */
    private Map<String, Map<String, BigDecimal>> stored(String tenantId, YearMonth month) {
        Map<String, Map<String, BigDecimal>> byOwner = new HashMap<>();
        for (MonthAggregate aggregate : aggregates.month(tenantId, month, null)) {
            Map<String, BigDecimal> counters = byOwner.computeIfAbsent(aggregate.key().ownerId(), k -> new HashMap<>());
            aggregate.counters().forEach((name, value) -> {
                if (reconciled(name)) {
                    counters.merge(name, value, BigDecimal::add);
                }
            });
        }
        return byOwner;
    }

    private Map<String, Map<String, BigDecimal>> recompute(String tenantId, YearMonth month, Staff staff) {
        Contributions contributions = new Contributions(staff, clientId -> Optional.empty());
        AggregateDeltas all = new AggregateDeltas();
        for (User user : staff.all()) {
            ZoneId zone = staff.zoneOf(user.id());
            JournalFilter inMonth = new JournalFilter(null, month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            Pages.each(page -> deals.byOwner(tenantId, user.id(), null, page), d -> all.addAll(contributions.of(d), 1));
            Pages.each(page -> journal.byAuthor(tenantId, user.id(), inMonth, page), i -> all.addAll(contributions.of(i), 1));
            Pages.each(page -> clients.byOwner(tenantId, user.id(), null, page), c -> all.addAll(contributions.of(c), 1));
            Pages.each(page -> orders.byOwner(tenantId, user.id(), null, page), o -> all.addAll(contributions.of(o), 1));
        }
        Map<String, Map<String, BigDecimal>> byOwner = new HashMap<>();
        all.nonZero().forEach((key, counters) -> {
            if (key.month().equals(month.toString())) {
                Map<String, BigDecimal> owner = byOwner.computeIfAbsent(key.ownerId(), k -> new HashMap<>());
                counters.forEach((name, value) -> {
                    if (reconciled(name)) {
                        owner.merge(name, value, BigDecimal::add);
                    }
                });
            }
        });
        return byOwner;
    }

    static boolean reconciled(String name) {
        for (String prefix : RECONCILED) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
