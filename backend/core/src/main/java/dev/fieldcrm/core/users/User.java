package dev.fieldcrm.core.users;

import dev.fieldcrm.core.shared.Role;

import java.time.ZoneId;
import java.util.Set;

/**
 * A person of a tenant. In AWS the identity lives in Cognito; this record is the tenant's directory:
 * team, time zone and language used for agendas and reminders.
 */
public record User(String id, String name, String email, Set<Role> roles, String teamId, String timeZone,
                   String locale, boolean active, long version) {

    public User {
        roles = Set.copyOf(roles);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
