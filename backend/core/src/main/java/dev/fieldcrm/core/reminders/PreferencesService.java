package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.normalize.Phones;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.TeamScope;

import java.time.Clock;

/**
 * A user's notification preferences: everyone reads and writes their own; a manager reads the team's, an admin
 * everyone's in the tenant; nobody writes another's. Saving is conditional on the version read (0 for defaults).
 */
public final class PreferencesService {
    private final ReminderStore store;
    private final TeamScope team;
    private final ChangeWriter writer;
    private final Phones phones;
    private final Clock clock;

    public PreferencesService(ReminderStore store, TeamScope team, ChangeWriter writer, Phones phones, Clock clock) {
        this.store = store;
        this.team = team;
        this.writer = writer;
        this.phones = phones;
        this.clock = clock;
    }

    /** The caller's own preferences, the defaults when never saved (one GetItem). */
    public NotificationPreferences mine(Caller caller) {
        return stored(caller.tenantId(), caller.userId());
    }

    /** Another user's preferences, for their manager or an admin (GetItem on the user, GetItem on the preferences). */
    public NotificationPreferences of(Caller caller, String userId) {
        team.require(caller, userId);
        return stored(caller.tenantId(), userId);
    }

    /**
     * Saves the caller's own preferences.
     *
     * @param expectedVersion the version read ({@code 0} for the defaults): a stale one is refused with the current
     */
    public NotificationPreferences save(Caller caller, PreferencesInput input, long expectedVersion) {
        NotificationPreferences saved = input.toPreferences(caller.userId(), phones, clock.instant(), expectedVersion + 1);
        try {
            writer.apply(caller.tenantId(), new ChangeSet().createOrReplace(saved, expectedVersion));
        } catch (AlreadyExists savedMeanwhile) {
            throw new VersionConflict("the preferences were saved meanwhile", stored(caller.tenantId(), caller.userId()).version());
        }
        return saved;
    }

    private NotificationPreferences stored(String tenantId, String userId) {
        return store.preferences(tenantId, userId).orElseGet(() -> NotificationPreferences.defaults(userId));
    }
}
