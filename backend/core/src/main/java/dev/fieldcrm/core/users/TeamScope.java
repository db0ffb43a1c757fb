package dev.fieldcrm.core.users;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Role;

import java.util.Objects;

/** Whose work a caller may look at: own always; a manager their team's reps; an admin anyone in the tenant. */
public final class TeamScope {
    /** The team part of keys (plans, aggregates, tallies) for someone without a team. */
    public static final String NO_TEAM = "-";

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

    public static String teamKey(String teamId) {
        return teamId == null ? NO_TEAM : teamId;
    }

    /**
     * The team a supervisor's report covers: a manager's own (naming another is refused), an admin's named one, or null
     * for an admin's whole tenant. Reps are handled before (they see only their own figures).
     */
    public static String reportTeam(Caller caller, String teamId) {
        if (caller.is(Role.ADMIN)) {
            return teamId;
        }
        requireOwnTeam(caller, teamId);
        return teamKey(caller.teamId());
    }

    /** Refuses a team other than the caller's own. */
    public static void requireOwnTeam(Caller caller, String teamId) {
        if (teamId != null && !Objects.equals(teamId, teamKey(caller.teamId()))) {
            throw new Forbidden("only the own team's figures can be seen");
        }
    }
}
