package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The pure part of assignment: from the settings, the tenant's users and the lead, who gets it or which pool takes
 * a turn. Only active users are ever chosen.
 */
public final class AssignmentRules {
    /** Pool ids (part of the round-robin counter's key). */
    static final String ALL_REPS_POOL = "ALL";
    static final String LIST_POOL = "LIST";
    static final String TEAM_POOL_PREFIX = "TEAM#";
    static final String MANAGERS_POOL = "MANAGERS";
    static final String ADMINS_POOL = "ADMINS";

    private AssignmentRules() {
    }

    /** The outcome: one person, a turn in a pool, or nobody active in the whole tenant. */
    public sealed interface Pick {
    }

    public record Person(String userId) implements Pick {
    }

    /** @param members the pool's active users, sorted by id (the counter picks {@code members[n mod size]}) */
    public record Turn(String poolId, List<String> members) implements Pick {
        public String memberAt(long n) {
            return members.get((int) Math.floorMod(n, (long) members.size()));
        }
    }

    public record Nobody() implements Pick {
    }

    /**
     * Routing's fixed owner (if active) → the first matching territory rule with someone active → the routing's team
     * pool or the settings' pool → all active reps → active managers → active admins.
     */
    public static Pick choose(LeadSettings settings, List<User> users, LeadFields fields, LeadRouting routing) {
        Map<String, User> active = users.stream().filter(User::active)
                .collect(Collectors.toMap(User::id, Function.identity(), (a, b) -> a));
        if (routing != null && routing.ownerId() != null && active.containsKey(routing.ownerId())) {
            return new Person(routing.ownerId());
        }
        for (TerritoryRule rule : settings.territoryRules()) {
            if (!rule.matches(fields)) {
                continue;
            }
            if (rule.userId() != null && active.containsKey(rule.userId())) {
                return new Person(rule.userId());
            }
            if (rule.teamId() != null) {
                Turn team = teamPool(active, rule.teamId());
                if (!team.members().isEmpty()) {
                    return team;
                }
            }
        }
        Turn pool = routing != null && routing.teamId() != null
                ? teamPool(active, routing.teamId()) : pool(active, settings.roundRobin());
        for (Turn candidate : List.of(pool,
                pool(active, ALL_REPS_POOL, u -> u.roles().contains(Role.REP)),
                pool(active, MANAGERS_POOL, u -> u.roles().contains(Role.MANAGER)),
                pool(active, ADMINS_POOL, u -> u.roles().contains(Role.ADMIN)))) {
            if (!candidate.members().isEmpty()) {
                return candidate;
            }
        }
        return new Nobody();
    }

    private static Turn pool(Map<String, User> active, RoundRobinPool pool) {
        if (!pool.userIds().isEmpty()) {
            return pool(active, LIST_POOL, u -> pool.userIds().contains(u.id()));
        }
        if (pool.teamId() != null) {
            return teamPool(active, pool.teamId());
        }
        return pool(active, ALL_REPS_POOL, u -> u.roles().contains(Role.REP));
    }

    private static Turn teamPool(Map<String, User> active, String teamId) {
        return pool(active, TEAM_POOL_PREFIX + teamId, u -> Objects.equals(u.teamId(), teamId) && u.roles().contains(Role.REP));
    }

    private static Turn pool(Map<String, User> active, String poolId, Predicate<User> member) {
        return new Turn(poolId, active.values().stream().filter(member).map(User::id)
                .sorted(Comparator.naturalOrder()).toList());
    }
}
