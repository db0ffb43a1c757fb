package dev.fieldcrm.core.reminders;

import java.util.Optional;

/** Finds a user with their notification preferences: one BatchGetItem of the user and the preferences. */
public final class Recipients {
    private final ReminderStore store;

    public Recipients(ReminderStore store) {
        this.store = store;
    }

    /** Empty for an unknown or deactivated user: nobody is reminded on their behalf. */
    public Optional<Recipient> find(String tenantId, String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return of(tenantId, userId, store.recipient(tenantId, userId));
    }

    /** The recipient made of records already read (empty for an unknown or deactivated user). */
    public Optional<Recipient> of(String tenantId, String userId, ReminderStore.RecipientRecords records) {
        return records.user().filter(u -> u.active()).map(user -> new Recipient(tenantId, user,
                records.preferences().orElseGet(() -> NotificationPreferences.defaults(userId))));
    }
}
