package dev.fieldcrm.core.users;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Role;

import java.util.Objects;

/** Whose work a caller may look at: own always; a manager their team's reps; an admin anyone in the tenant. */
public final class TeamScope {
    private final UserStore users;

    public TeamScope(UserStore users) {
        this.users = users;
    }

    /** The user whose data is asked for, if the caller may see it (one GetItem unless it is the caller). */
    public User require(Caller caller, String userId) {
        if (!caller.supervises() && !caller.userId().equals(userId)) {
            throw new Forbidden("a rep can see only own work");
        }
        User user = users.find(caller.tenantId(), userId).orElseThrow(() -> new NotFound("user"));
        if (!caller.is(Role.ADMIN) && !caller.userId().equals(userId) && !Objects.equals(user.teamId(), caller.teamId())) {
            throw new NotFound("user");
        }
        return user;
    }
}
