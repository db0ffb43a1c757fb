package dev.fieldcrm.core.notify;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;

/**
 * The admin's view of the tenant's suppression list: list it, add an address by hand (reason MANUAL, source the
 * admin's user id), take one off. Only admins; the tenant comes from the caller.
 */
public final class SuppressionAdmin {
    private final Suppressions suppressions;

    public SuppressionAdmin(Suppressions suppressions) {
        this.suppressions = suppressions;
    }

    public Page<Suppression> list(Caller caller, PageRequest page) {
        requireAdmin(caller);
        return suppressions.list(caller.tenantId(), page);
    }

    /** Idempotent: an address already on the list keeps its entry, which is returned. */
    public Suppression add(Caller caller, SuppressionInput input) {
        requireAdmin(caller);
        return suppressions.suppress(caller.tenantId(), input.address(), SuppressionReason.MANUAL, "user:" + caller.userId());
    }

    /** @throws NotFound when the address is not on the list */
    public void remove(Caller caller, String address) {
        requireAdmin(caller);
        if (!suppressions.remove(caller.tenantId(), address)) {
            throw new NotFound("suppression");
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("only admins manage the suppression list");
        }
    }
}
