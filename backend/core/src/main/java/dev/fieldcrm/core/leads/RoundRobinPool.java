package dev.fieldcrm.core.leads;

import java.util.List;

/**
 * Who takes turns at the leads no territory rule assigned: a list of users, or one team, or (neither given) every
 * active rep of the tenant. Inactive users in it are skipped.
 */
public record RoundRobinPool(List<String> userIds, String teamId) {
    public static final RoundRobinPool ALL_REPS = new RoundRobinPool(List.of(), null);

    public RoundRobinPool {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
    }

    public static RoundRobinPool team(String teamId) {
        return new RoundRobinPool(List.of(), teamId);
    }

    public static RoundRobinPool users(List<String> userIds) {
        return new RoundRobinPool(userIds, null);
    }
}
