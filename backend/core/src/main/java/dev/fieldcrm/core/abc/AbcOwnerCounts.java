package dev.fieldcrm.core.abc;

import java.util.Map;

/**
 * How many of one rep's clients an ABC run put in each class ({@code T#t#ABC#<runId>} / {@code <team>#<owner>}),
 * written by the run before the run item itself, so a team's distribution in the latest run is one Query instead of
 * reading every client's card. The owner is the one of the client's latest order in the run's period.
 */
public record AbcOwnerCounts(String runId, String teamId, String ownerId, Map<AbcClass, Integer> turnoverClasses,
                             Map<AbcClass, Integer> marginClasses) {
    public AbcOwnerCounts {
        turnoverClasses = Map.copyOf(turnoverClasses);
        marginClasses = Map.copyOf(marginClasses);
    }
}
