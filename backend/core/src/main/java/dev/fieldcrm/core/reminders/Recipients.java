package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.users.UserStore;

import java.util.Optional;

/** Finds a user with their notification preferences: GetItem on the user, GetItem on the preferences. */
public final class Recipients {
    private final UserStore users;
    private final ReminderStore store;

    public Recipients(UserStore users, ReminderStore store) {
        this.users = users;
        this.store = store;
    }

    /** Empty for an unknown or deactivated user: nobody is reminded on their behalf. */
    public Optional<Recipient> find(String tenantId, String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return users.find(tenantId, userId).filter(u -> u.active()).map(user -> new Recipient(tenantId, user,
                store.preferences(tenantId, userId).orElseGet(() -> NotificationPreferences.defaults(userId))));
    }
}
