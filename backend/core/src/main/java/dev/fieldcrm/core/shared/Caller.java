package dev.fieldcrm.core.shared;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking, as established from a verified token. The tenant is never taken from anything else.
 *
 * @param tenantId the tenant every key of this request is scoped to
 * @param userId   the user (token subject)
 * @param roles    what the user may do
 * @param teamId   the team the user belongs to (a manager sees this team's clients)
 * @param zone     the user's time zone, for "today"
 */
public record Caller(String tenantId, String userId, Set<Role> roles, String teamId, ZoneId zone) {

    public Caller {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** A manager or an admin: may act on behalf of the team's reps. */
    public boolean supervises() {
        return is(Role.MANAGER) || is(Role.ADMIN);
    }
}
