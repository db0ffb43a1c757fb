package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.deals.VersionedSettings;
import dev.fieldcrm.core.hygiene.review.NextReview;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.UserStore;

import java.time.Clock;

/**
 * The tenant's hygiene settings: managers and admins read them, admins change them (If-Match on the version; the
 * defaults are version 0). Each change is audited in the settings partition and (re)places the tenant's next review
 * round on the due index in the same transaction.
 */
public final class HygieneSettingsService {
    private final HygieneSettingsQueries settings;
    private final UserStore users;
    private final VersionedSettings versions;
    private final Clock clock;

    public HygieneSettingsService(HygieneSettingsQueries settings, UserStore users, ChangeWriter writer, Clock clock) {
        this.settings = settings;
        this.users = users;
        this.versions = new VersionedSettings(writer, clock);
        this.clock = clock;
    }

    /** One GetItem. */
    public HygieneSettings get(Caller caller) {
        if (!caller.supervises()) {
            throw new Forbidden("only managers and admins can read the hygiene settings");
        }
        return settings.get(caller.tenantId());
    }

    /**
     * GetItem (current version) + Query (users, to check partner managers) + TransactWriteItems (settings, audit
     * entry, next round on the due index).
     */
    public HygieneSettings update(Caller caller, long expectedVersion, HygieneSettingsInput input) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("only an admin can change the hygiene settings");
        }
        HygieneSettings current = settings.get(caller.tenantId());
        HygieneSettings updated = input.toSettings(users.list(caller.tenantId()), current.version() + 1);
        var next = new NextReview(updated.review().firstAfter(clock.instant()));
        versions.store(caller, current.version(), expectedVersion, current, updated, "hygiene settings", "HYGIENE",
                new ChangeSet().overwrite(next));
        return updated;
    }
}
