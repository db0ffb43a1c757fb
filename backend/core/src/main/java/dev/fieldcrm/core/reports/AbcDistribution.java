package dev.fieldcrm.core.reports;

import dev.fieldcrm.core.abc.AbcClass;
import dev.fieldcrm.core.abc.AbcOwnerCounts;
import dev.fieldcrm.core.abc.AbcQueries;
import dev.fieldcrm.core.abc.AbcRun;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.PageRequest;

import java.util.List;
import java.util.Map;

/**
 * How the team's clients fall into the ABC classes of the latest run, per rep: the latest run (1 Query, newest first,
 * one item) and its counts per owner (1 Query), never the clients' cards. Managers see their team, admins any team or
 * the tenant, as with the runs themselves.
 */
public final class AbcDistribution {
    private final AbcQueries runs;
    private final AbcOwnerCountsQueries counts;

    public AbcDistribution(AbcQueries runs, AbcOwnerCountsQueries counts) {
        this.runs = runs;
        this.counts = counts;
    }

    /** The per-owner counts of a run. */
    public interface AbcOwnerCountsQueries {
        /** Query the run's partition, [begins_with(SK, "<team>#")]. */
        List<AbcOwnerCounts> owners(String tenantId, String runId, String teamId);
    }

    /**
     * @param run             the run counted (null when none was made yet)
     * @param turnoverClasses the reps' counts added up, by turnover
     * @param marginClasses   the same by margin
     */
    public record Report(AbcRun run, String teamId, List<AbcOwnerCounts> reps, Map<AbcClass, Integer> turnoverClasses,
                         Map<AbcClass, Integer> marginClasses) {
    }

    public Report report(Caller caller, String teamId) {
        if (!caller.supervises()) {
            throw new Forbidden("only a manager or an admin can see the ABC distribution");
        }
        String team = TeamScope.reportTeam(caller, teamId);
        AbcRun latest = runs.runs(caller.tenantId(), PageRequest.first(1)).items().stream().findFirst().orElse(null);
        if (latest == null) {
            return new Report(null, team, List.of(), AbcClass.zeroCounts(), AbcClass.zeroCounts());
        }
        List<AbcOwnerCounts> reps = counts.owners(caller.tenantId(), latest.id(), team);
        Map<AbcClass, Integer> turnover = AbcClass.zeroCounts();
        Map<AbcClass, Integer> margin = AbcClass.zeroCounts();
        for (AbcOwnerCounts rep : reps) {
            rep.turnoverClasses().forEach((c, n) -> turnover.merge(c, n, Integer::sum));
            rep.marginClasses().forEach((c, n) -> margin.merge(c, n, Integer::sum));
        }
        return new Report(latest, team, reps, turnover, margin);
    }
}
