package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;

/** Who may see and work a deal: its owner, a manager of its team, an admin of the tenant (as for clients). */
public final class DealAccess {
    private DealAccess() {
    }

    public static boolean canWork(Caller caller, Deal deal) {
        if (caller.is(Role.ADMIN)) {
            return true;
        }
        if (caller.is(Role.MANAGER) && deal.teamId() != null && deal.teamId().equals(caller.teamId())) {
            return true;
        }
        return caller.userId().equals(deal.ownerId());
    }
}
