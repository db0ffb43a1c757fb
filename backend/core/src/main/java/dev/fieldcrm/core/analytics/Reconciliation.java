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
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Recomputes one month's aggregates of every user of a tenant from the source items, by Queries only, compares them
 * with the stored counters, repairs what drifted and stores a {@link ReconciliationReport}. Every counter family is
 * recomputed with the stream's own arithmetic ({@link Contributions#of}, which also covers stage moves through their
 * history entries), so the two cannot mean different things:
 * <ul>
 *   <li>{@link #RECORDS}: from each owner's deals, clients and orders (all of them) and journal (the month);</li>
 *   <li>{@link #KEYED}: stage flows and lost deals, leads per source, steps, payments, from the records of the owner's
 *       month on the indexes keyed by owner and time ({@link KeyedSources}); plus the leads without an owner. Those
 *       keys exist on items written since they were introduced, so these families are recomputed only in months the
 *       caller says are fully keyed (the schedule's {@code keyedSince}); earlier months keep the stream's counts.</li>
 * </ul>
 *
 * <p>Races with the stream: a repair adds the difference ({@code ADD}, through {@link AggregateUpdate}), never
 * overwrites, so an event counted while the run is going is not lost. The stored counters are read before and after
 * the sources; a counter that moved in between is busy and left to the next run. An event the stream has not applied
 * yet when the run reads (the stream's lag, seconds) can still be counted twice until the next night's run: the run is
 * at night for that reason.
 */
public final class Reconciliation {
    /** Counter name prefixes (or whole names) recomputed from the owners' record lists. */
    public static final List<String> RECORDS = List.of(AggregateNames.DEALS_CREATED, AggregateNames.SOURCE_DEALS,
            AggregateNames.PARTNER_DEALS, AggregateNames.WON_COUNT, AggregateNames.WON_AMOUNT, AggregateNames.SOURCE_WON,
            AggregateNames.SOURCE_WON_AMOUNT, AggregateNames.PARTNER_WON, AggregateNames.PARTNER_WON_AMOUNT,
            AggregateNames.ACTIVITY, AggregateNames.FACT_VISITS, AggregateNames.FACT_NEW_CLIENTS,
            AggregateNames.FACT_ORDERS_COUNT, AggregateNames.FACT_ORDERS_AMOUNT);
    /** Counter name prefixes recomputed from the indexes keyed by owner and time (in fully keyed months). */
    public static final List<String> KEYED = List.of(AggregateNames.STAGE_IN, AggregateNames.STAGE_OUT,
            AggregateNames.STAGE_TIME, AggregateNames.LOST, AggregateNames.SOURCE_LEADS, AggregateNames.STEPS_PLANNED,
            AggregateNames.STEPS_DONE, AggregateNames.STEPS_OVERDUE, AggregateNames.FACT_PAID);
    static final String FAMILY = "recon";
    private static final System.Logger LOG = System.getLogger(Reconciliation.class.getName());

    private final UserStore users;
    private final DealQueries deals;
    private final JournalQueries journal;
    private final ClientQueries clients;
    private final OrderQueries orders;
    private final KeyedSources keyed;
    private final AggregateQueries aggregates;
    private final AggregateUpdate update;
    private final ChangeWriter writer;
    private final Clock clock;

    public Reconciliation(UserStore users, DealQueries deals, JournalQueries journal, ClientQueries clients,
                          OrderQueries orders, KeyedSources keyed, AggregateQueries aggregates, AggregateUpdate update,
                          ChangeWriter writer, Clock clock) {
        this.users = users;
        this.deals = deals;
        this.journal = journal;
        this.clients = clients;
        this.orders = orders;
        this.keyed = keyed;
        this.aggregates = aggregates;
        this.update = update;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * @param withKeyed whether the month's source items all carry the keys of {@link #KEYED} (then those families are
     *                  recomputed too)
     */
    public ReconciliationReport reconcile(String tenantId, YearMonth month, boolean withKeyed) {
        Instant runAt = clock.instant();
        Staff staff = new Staff(users.list(tenantId));
        Predicate<String> reconciled = name -> startsWithAny(name, RECORDS) || (withKeyed && startsWithAny(name, KEYED));
        Map<String, Map<String, BigDecimal>> storedBefore = stored(tenantId, month, reconciled);
        Map<String, Map<String, BigDecimal>> recomputed = recompute(tenantId, month, staff, withKeyed, reconciled);
        Map<String, Map<String, BigDecimal>> storedAfter = stored(tenantId, month, reconciled);

        List<String> owners = new ArrayList<>(staff.all().stream().map(User::id).toList());
        if (withKeyed) {
            owners.add(AggregateKey.NO_TEAM);
        }
        List<ReconciliationReport.Drift> drifts = new ArrayList<>();
        for (String owner : owners) {
            Map<String, BigDecimal> before = storedBefore.getOrDefault(owner, Map.of());
            Map<String, BigDecimal> after = storedAfter.getOrDefault(owner, Map.of());
            Map<String, BigDecimal> truth = recomputed.getOrDefault(owner, Map.of());
            AggregateKey key = AggregateKey.of(month, staff.teamOf(owner), owner);
            AggregateDeltas repair = new AggregateDeltas();
            for (CounterDrift.Drifted counter : CounterDrift.of(before, after, truth)) {
                drifts.add(new ReconciliationReport.Drift(key.teamId(), owner, counter.name(), counter.stored(),
                        counter.value()));
                repair.add(key, counter.name(), counter.difference());
            }
            update.apply(tenantId, "recon-" + runAt.toEpochMilli() + "-" + owner, FAMILY, repair.nonZero());
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
    private Map<String, Map<String, BigDecimal>> stored(String tenantId, YearMonth month, Predicate<String> reconciled) {
        Map<String, Map<String, BigDecimal>> byOwner = new HashMap<>();
        for (MonthAggregate aggregate : aggregates.month(tenantId, month, null)) {
            Map<String, BigDecimal> counters = byOwner.computeIfAbsent(aggregate.key().ownerId(), k -> new HashMap<>());
            aggregate.counters().forEach((name, value) -> {
                if (reconciled.test(name)) {
                    counters.merge(name, value, BigDecimal::add);
                }
            });
        }
        return byOwner;
    }

    private Map<String, Map<String, BigDecimal>> recompute(String tenantId, YearMonth month, Staff staff, boolean withKeyed,
                                                           Predicate<String> reconciled) {
        Contributions contributions = new Contributions(staff, clientId -> Optional.empty());
        AggregateDeltas all = new AggregateDeltas();
        Consumer<Object> count = record -> all.addAll(contributions.of(record), 1);
        for (User user : staff.all()) {
            ZoneId zone = staff.zoneOf(user.id());
            Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
            Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            Pages.each(page -> deals.byOwner(tenantId, user.id(), null, page), count);
            Pages.each(page -> journal.byAuthor(tenantId, user.id(), new JournalFilter(null, from, to), page), count);
            Pages.each(page -> clients.byOwner(tenantId, user.id(), null, page), count);
            Pages.each(page -> orders.byOwner(tenantId, user.id(), null, page), count);
            if (withKeyed) {
                keyed.each(tenantId, user.id(), from, to, count);
            }
        }
        if (withKeyed) {
            // Leads without an owner count for the placeholder owner, in UTC (as Staff places an unknown user).
            ZoneId zone = staff.zoneOf(null);
            keyed.each(tenantId, null, month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), count);
        }
        Map<String, Map<String, BigDecimal>> byOwner = new HashMap<>();
        all.nonZero().forEach((key, counters) -> {
            if (key.month().equals(month.toString())) {
                Map<String, BigDecimal> owner = byOwner.computeIfAbsent(key.ownerId(), k -> new HashMap<>());
                counters.forEach((name, value) -> {
                    if (reconciled.test(name)) {
                        owner.merge(name, value, BigDecimal::add);
                    }
                });
            }
        });
        return byOwner;
    }

    private static boolean startsWithAny(String name, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
