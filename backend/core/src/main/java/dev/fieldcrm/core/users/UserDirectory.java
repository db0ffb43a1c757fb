package dev.fieldcrm.core.users;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

/** Admins add and change the tenant's users; like every mutable record, a change is conditional on its version. */
public final class UserDirectory {
    private final UserStore users;
    private final ChangeWriter writer;

    public UserDirectory(UserStore users, ChangeWriter writer) {
        this.users = users;
        this.writer = writer;
    }

    /**
     * @param expectedVersion null to add a new user (refused if the id is taken), else the version the admin read
     * @return the stored user, with its new version
     */
    public User save(Caller caller, User user, Long expectedVersion) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("only an admin can manage users");
        }
        if (expectedVersion == null) {
            User created = withVersion(user, 1);
            try {
                writer.apply(caller.tenantId(), new ChangeSet().create(created));
                return created;
            } catch (AlreadyExists taken) {
                long current = users.find(caller.tenantId(), user.id()).map(User::version).orElse(-1L);
                throw new VersionConflict("user " + user.id() + " exists; send If-Match to change it, so it", current);
            }
        }
        User changed = withVersion(user, expectedVersion + 1);
        writer.apply(caller.tenantId(), new ChangeSet().replace(changed, expectedVersion));
        return changed;
    }

    private static User withVersion(User user, long version) {
        return new User(user.id(), user.name(), user.email(), user.roles(), user.teamId(), user.timeZone(), user.locale(),
                user.active(), version);
    }
}
