package dev.fieldcrm.core.abc;

import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderQueries;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Pages;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Repairs the latest ABC run's counts per owner (the team's ABC distribution): runs made before the counts existed
 * have none, and a count that no longer adds up to the run's totals has drifted. A check first (two Queries: the
 * latest run, its counts): when the owners' counts add up to the run's own class totals, nothing more is read. Else
 * they are recomputed from the source items, as the run made them: the owner of each client's latest order of the
 * run's period in its currency (the month index, page by page) and the class on the client's card (BatchGetItem, only
 * results of this run); differing counts are overwritten and counts of owners with no client removed.
 */
public final class AbcCountsRepair {
    private static final int WRITE_BATCH = 100;
    private final AbcQueries runs;
    private final AbcCountsStore counts;
    private final OrderQueries orders;
    private final ChangeWriter writer;

    public AbcCountsRepair(AbcQueries runs, AbcCountsStore counts, OrderQueries orders, ChangeWriter writer) {
        this.runs = runs;
        this.counts = counts;
        this.orders = orders;
        this.writer = writer;
    }

    /**
     * @param runId   the latest run (null: the tenant has none)
     * @param drifted the owners whose counts were rewritten or removed (0: the counts added up)
     */
    public record Report(String runId, int drifted) {
    }

    public Report repair(String tenantId) {
        Optional<AbcRun> latest = runs.runs(tenantId, PageRequest.first(1)).items().stream().findFirst();
        if (latest.isEmpty()) {
            return new Report(null, 0);
        }
        AbcRun run = latest.get();
        List<AbcOwnerCounts> stored = counts.owners(tenantId, run.id());
        if (addUp(stored, run)) {
            return new Report(run.id(), 0);
        }
        Map<String, AbcOwnerTally.Owner> owners = new HashMap<>();
        for (YearMonth month = run.from(); !month.isAfter(run.to()); month = month.plusMonths(1)) {
            YearMonth m = month;
            Pages.each(page -> orders.salesOfMonth(tenantId, m, page), order -> owner(order, run, owners));
        }
        Map<String, AbcClass> byTurnover = new HashMap<>();
        Map<String, AbcClass> byMargin = new HashMap<>();
        counts.results(tenantId, owners.keySet()).values().stream().filter(r -> r.runId().equals(run.id())).forEach(r -> {
            byTurnover.put(r.clientId(), r.turnoverClass());
            byMargin.put(r.clientId(), r.marginClass());
        });
        owners.keySet().retainAll(byTurnover.keySet());
        Map<String, AbcOwnerCounts> truth = new HashMap<>();
        AbcOwnerTally.of(run.id(), owners, byTurnover, byMargin).forEach(c -> truth.put(c.teamId() + "#" + c.ownerId(), c));

        Batches batches = new Batches(tenantId);
        Map<String, AbcOwnerCounts> storedByOwner = new HashMap<>();
        for (AbcOwnerCounts old : stored) {
            storedByOwner.put(old.teamId() + "#" + old.ownerId(), old);
            if (!truth.containsKey(old.teamId() + "#" + old.ownerId())) {
                batches.add(new ChangeSet().withdraw(old));
            }
        }
        truth.forEach((owner, counted) -> {
            if (!counted.equals(storedByOwner.get(owner))) {
                batches.add(new ChangeSet().overwrite(counted));
            }
        });
        batches.flush();
        return new Report(run.id(), batches.written);
    }

    /** Unconditional writes, each complete on its own, sent {@value #WRITE_BATCH} a transaction (as the run does). */
    private final class Batches {
        private final String tenantId;
        private ChangeSet batch = new ChangeSet();
        private int inBatch;
        int written;

        Batches(String tenantId) {
            this.tenantId = tenantId;
        }

        void add(ChangeSet change) {
            batch.addAll(change);
            written++;
            if (++inBatch == WRITE_BATCH) {
                flush();
            }
        }

        void flush() {
            if (inBatch > 0) {
                writer.apply(tenantId, batch);
                batch = new ChangeSet();
                inBatch = 0;
            }
        }
    }

    /** The owner a run counts a client under: the one of its latest order of the period in the run's currency. */
    private static void owner(Order order, AbcRun run, Map<String, AbcOwnerTally.Owner> owners) {
        if (run.currency().equals(order.currency())) {
            owners.put(order.clientId(), new AbcOwnerTally.Owner(order.teamId(), order.ownerId()));
        }
    }

    private static boolean addUp(List<AbcOwnerCounts> stored, AbcRun run) {
        Map<AbcClass, Integer> turnover = new EnumMap<>(AbcClass.zeroCounts());
        Map<AbcClass, Integer> margin = new EnumMap<>(AbcClass.zeroCounts());
        for (AbcOwnerCounts c : stored) {
            c.turnoverClasses().forEach((k, v) -> turnover.merge(k, v, Integer::sum));
            c.marginClasses().forEach((k, v) -> margin.merge(k, v, Integer::sum));
        }
        return same(turnover, run.turnoverClasses()) && same(margin, run.marginClasses());
    }

    private static boolean same(Map<AbcClass, Integer> counted, Map<AbcClass, Integer> total) {
        for (AbcClass c : AbcClass.values()) {
            if (counted.getOrDefault(c, 0).intValue() != total.getOrDefault(c, 0).intValue()) {
                return false;
            }
        }
        return true;
    }
}
