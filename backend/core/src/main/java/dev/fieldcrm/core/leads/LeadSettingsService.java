package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.deals.VersionedSettings;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.UserStore;

import java.time.Clock;

/**
 * The tenant's lead settings: managers and admins read them, admins change them (If-Match on the version; the
 * defaults are version 0). Each change is audited in the settings partition, beside the sales settings' trail.
 */
public final class LeadSettingsService {
    private final LeadSettingsQueries settings;
    private final UserStore users;
    private final VersionedSettings versions;

    public LeadSettingsService(LeadSettingsQueries settings, UserStore users, ChangeWriter writer, Clock clock) {
        this.settings = settings;
        this.users = users;
        this.versions = new VersionedSettings(writer, clock);
    }

    /** One GetItem. */
    public LeadSettings get(Caller caller) {
        if (!caller.supervises()) {
            throw new Forbidden("only managers and admins can read the lead settings");
        }
        return settings.get(caller.tenantId());
    }

    /** GetItem (current version) + Query (users, to check the rules' names) + TransactWriteItems (settings + audit). */
    public LeadSettings update(Caller caller, long expectedVersion, LeadSettingsInput input) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("only an admin can change the lead settings");
        }
        LeadSettings current = settings.get(caller.tenantId());
        LeadSettings updated = input.toSettings(users.list(caller.tenantId()), current.version() + 1);
        versions.store(caller, current.version(), expectedVersion, current, updated, "lead settings", "LEADS");
        return updated;
    }
}
