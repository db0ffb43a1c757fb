package dev.fieldcrm.core.reports;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Role;

import java.util.Objects;

/** Whose figures a team report shows: a rep's own, a manager's own team, an admin's named team or the whole tenant. */
public final class ReportScope {
    /** The team part of keys for someone without a team. */
    public static final String NO_TEAM = "-";

    private ReportScope() {
    }

    public static String teamKey(String teamId) {
        return teamId == null ? NO_TEAM : teamId;
    }

    /**
     * The team a supervisor's report covers: a manager's own (naming another is refused), an admin's named one, or null
     * for an admin's whole tenant. Reps must be handled before (they see only their own figures).
     */
    public static String team(Caller caller, String teamId) {
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
