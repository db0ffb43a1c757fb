package dev.fieldcrm.core.clients;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;

/**
 * Who may see and change a client: its owning rep, a manager of its team, an admin of the tenant.
 * (The tenant itself is already fixed by every key the stores build.)
 */
public final class ClientAccess {
    private ClientAccess() {
    }

    public static boolean canWork(Caller caller, Client client) {
        return canWork(caller, client.ownerId(), client.teamId());
    }

    /** The same rule for any record owned by a rep of a team (a lead in the inbox, too). */
    public static boolean canWork(Caller caller, String ownerId, String teamId) {
        if (caller.is(Role.ADMIN)) {
            return true;
        }
        if (caller.is(Role.MANAGER) && teamId != null && teamId.equals(caller.teamId())) {
            return true;
        }
        return caller.userId().equals(ownerId);
    }
}
