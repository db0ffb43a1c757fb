package dev.fieldcrm.core.reports;

import dev.fieldcrm.core.analytics.CounterDrift;
import dev.fieldcrm.core.analytics.ReconciliationReport;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.shared.Pages;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backfills and repairs (part of {@link TeamReportsRepair}) the reps' receivables tallies of a tenant from the source items, by Queries only: every
 * client of every user (GSI3, page by page) is recounted as the stream listener would ({@link ReceivablesChanges}:
 * invoices of clients that existed before the listener was deployed get their share and reach the tally), then the
 * stored tallies (one Query) are compared with the sum of the shares and what drifted is repaired by adding the
 * difference. A second run finds nothing to move and writes nothing.
 *
 * <p>Races with the stream, as the aggregates' reconciliation: the tallies are read before and after the clients; a
 * counter that moved in between is busy and left to the next run; a repair adds ({@code ADD}), never overwrites.
 * Not in the nightly reconciliation: it reads every client of the tenant (one BatchGetItem each).
 */
public final class ReceivablesRepair {
    private static final System.Logger LOG = System.getLogger(ReceivablesRepair.class.getName());

    private final UserStore users;
    private final ClientQueries clients;
    private final ReceivablesChanges recounts;
    private final ReceivablesStore tallies;
    private final ChangeWriter writer;
    private final Clock clock;

    public ReceivablesRepair(UserStore users, ClientQueries clients, ReceivablesChanges recounts, ReceivablesStore tallies,
                             ChangeWriter writer, Clock clock) {
        this.users = users;
        this.clients = clients;
        this.recounts = recounts;
        this.tallies = tallies;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * What a run did.
     *
     * @param clients       clients recounted
     * @param sharesMoved   clients whose share moved (backfilled: invoices the listener never saw)
     * @param drifts        tally counters that differed from the clients' shares (repaired), at most
     *                      {@link ReconciliationReport#MAX_LISTED}; {@code driftCount} has the total
     */
    public record Report(Instant runAt, int clients, int sharesMoved, int driftCount,
                         List<ReconciliationReport.Drift> drifts) {
        public Report {
            drifts = List.copyOf(drifts);
        }
    }

    public Report repair(String tenantId) {
        Instant runAt = clock.instant();
        Map<ReceivablesTally, Map<String, BigDecimal>> before = stored(tenantId);
        Map<ReceivablesTally, Map<String, BigDecimal>> shares = new HashMap<>();
        int[] counted = new int[2];
        Set<String> seen = new HashSet<>();
        for (User user : users.list(tenantId)) {
            Pages.each(page -> clients.byOwner(tenantId, user.id(), null, page), client -> {
                if (!seen.add(client.id())) {
                    return;
                }
                ReceivablesChanges.Recounted recounted = recounts.recount(tenantId, client.id());
                counted[0]++;
                counted[1] += recounted.moved() ? 1 : 0;
                ReceivablesShare share = recounted.share();
                if (share.ownerId() != null) {
                    Map<String, BigDecimal> sum = shares.computeIfAbsent(new ReceivablesTally(share.teamId(), share.ownerId()),
                            k -> new HashMap<>());
                    share.counters().forEach((name, amount) -> sum.merge(name, amount, BigDecimal::add));
                }
            });
        }
        Map<ReceivablesTally, Map<String, BigDecimal>> after = stored(tenantId);

        List<ReconciliationReport.Drift> drifts = new ArrayList<>();
        Set<ReceivablesTally> reps = new HashSet<>(shares.keySet());
        reps.addAll(after.keySet());
        for (ReceivablesTally rep : reps) {
            Map<String, BigDecimal> truth = shares.getOrDefault(rep, Map.of());
            Map<String, BigDecimal> stored = after.getOrDefault(rep, Map.of());
            Map<String, BigDecimal> storedBefore = before.getOrDefault(rep, Map.of());
            Map<String, BigDecimal> repair = new HashMap<>();
            for (CounterDrift.Drifted counter : CounterDrift.of(storedBefore, stored, truth)) {
                drifts.add(new ReconciliationReport.Drift(rep.teamId(), rep.ownerId(), counter.name(),
                        counter.stored(), counter.value()));
                repair.put(counter.name(), counter.difference());
            }
            if (!repair.isEmpty()) {
                writer.apply(tenantId, new ChangeSet().count(rep, repair));
            }
        }
        Report report = new Report(runAt, counted[0], counted[1], drifts.size(),
                drifts.subList(0, Math.min(drifts.size(), ReconciliationReport.MAX_LISTED)));
        if (!drifts.isEmpty() || report.sharesMoved() > 0) {
            LOG.log(System.Logger.Level.WARNING, "receivables of tenant {0}: {1} clients backfilled, {2} tally counters "
                    + "drifted and were repaired: {3}", tenantId, report.sharesMoved(), drifts.size(), report.drifts());
        }
        return report;
    }

    /** The stored tallies, every rep of the tenant (one Query). */
    private Map<ReceivablesTally, Map<String, BigDecimal>> stored(String tenantId) {
        Map<ReceivablesTally, Map<String, BigDecimal>> byRep = new HashMap<>();
        for (ReceivablesTally.Counters counters : tallies.team(tenantId, null)) {
            byRep.put(counters.key(), counters.values());
        }
        return byRep;
    }
}
