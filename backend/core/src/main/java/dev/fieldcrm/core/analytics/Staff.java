package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.users.User;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's users as analytics needs them: an owner's team (the aggregate item counters go to) and time zone (which
 * day and month an event falls on, as the rep lives it). An unknown user counts in UTC without a team.
 */
public final class Staff {
    private final Map<String, User> users = new HashMap<>();

    public Staff(List<User> users) {
        users.forEach(u -> this.users.put(u.id(), u));
    }

    public String teamOf(String userId) {
        User user = userId == null ? null : users.get(userId);
        return user == null || user.teamId() == null ? AggregateKey.NO_TEAM : user.teamId();
    }

    public ZoneId zoneOf(String userId) {
        User user = userId == null ? null : users.get(userId);
        return user == null || user.timeZone() == null ? ZoneOffset.UTC : user.zone();
    }

    public List<User> all() {
        return List.copyOf(users.values());
    }

    public java.util.Optional<User> find(String userId) {
        return java.util.Optional.ofNullable(userId == null ? null : users.get(userId));
    }
}
