package dev.fieldcrm.core.abc;

import dev.fieldcrm.core.users.TeamScope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts a run's classified clients per owner, for the team's ABC distribution. */
final class AbcOwnerTally {
    /** Whose client it is: the owner of its latest order of the period. */
    record Owner(String teamId, String ownerId) {
    }

    private AbcOwnerTally() {
    }

    static List<AbcOwnerCounts> of(String runId, Map<String, Owner> owners, Map<String, AbcClass> byTurnover,
                                   Map<String, AbcClass> byMargin) {
        Map<Owner, Map<AbcClass, Integer>> turnover = new LinkedHashMap<>();
        Map<Owner, Map<AbcClass, Integer>> margin = new LinkedHashMap<>();
        byTurnover.forEach((client, turnoverClass) -> {
            Owner owner = owners.get(client);
            add(turnover, owner, turnoverClass);
            add(margin, owner, byMargin.get(client));
        });
        List<AbcOwnerCounts> counts = new ArrayList<>();
        turnover.forEach((owner, classes) -> counts.add(new AbcOwnerCounts(runId, TeamScope.teamKey(owner.teamId()),
                owner.ownerId(), classes, margin.get(owner))));
        return counts;
    }

    private static void add(Map<Owner, Map<AbcClass, Integer>> counts, Owner owner, AbcClass abcClass) {
        Map<AbcClass, Integer> classes = counts.computeIfAbsent(owner, o -> AbcClass.zeroCounts());
        if (abcClass != null) {
            classes.merge(abcClass, 1, Integer::sum);
        }
    }
}
