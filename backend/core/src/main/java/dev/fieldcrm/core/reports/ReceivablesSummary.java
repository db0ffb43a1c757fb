package dev.fieldcrm.core.reports;

import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.shared.Caller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the team's clients owe now, per rep and currency, with the overdue part as of today in the caller's zone: read
 * from the tallies the worker keeps ({@link ReceivablesChanges}), never from the clients.
 */
public final class ReceivablesSummary {
    private final ReceivablesStore store;

    public ReceivablesSummary(ReceivablesStore store) {
        this.store = store;
    }

    /** One rep's receivables per currency. */
    public record RepReceivables(String ownerId, String teamId, Map<String, ReceivablesTally.Amounts> currencies) {
    }

    /**
     * @param teamId the team covered (null: the whole tenant, or a rep's own figures)
     * @param total  the reps' amounts added up, per currency
     */
    public record Report(LocalDate on, String teamId, List<RepReceivables> reps, Map<String, ReceivablesTally.Amounts> total) {
    }

    /** A rep: own (1 GetItem); a manager: own team (1 Query); an admin: a named team or the tenant (1 Query). */
    public Report report(Caller caller, String teamId) {
        LocalDate today = LocalDate.now(caller.zone());
        List<ReceivablesTally.Counters> tallies;
        String team;
        if (!caller.supervises()) {
            TeamScope.requireOwnTeam(caller, teamId);
            team = TeamScope.teamKey(caller.teamId());
            tallies = store.owner(caller.tenantId(), team, caller.userId()).stream().toList();
        } else {
            team = TeamScope.reportTeam(caller, teamId);
            tallies = store.team(caller.tenantId(), team);
        }
        List<RepReceivables> reps = new ArrayList<>();
        Map<String, ReceivablesTally.Amounts> total = new TreeMap<>();
        for (ReceivablesTally.Counters tally : tallies) {
            Map<String, ReceivablesTally.Amounts> amounts = tally.amounts(today);
            if (!amounts.isEmpty()) {
                reps.add(new RepReceivables(tally.key().ownerId(), tally.key().teamId(), amounts));
                amounts.forEach((currency, a) -> total.merge(currency, a, ReceivablesTally.Amounts::plus));
            }
        }
        return new Report(today, team, reps, total);
    }
}
