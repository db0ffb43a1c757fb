package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.users.User;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads of what the reminders feature stores (see docs/data-model.md for the calls each makes). */
public interface ReminderStore {
    /** A user's saved preferences (one GetItem); empty when the user never saved any. */
    Optional<NotificationPreferences> preferences(String tenantId, String userId);

    /** The reminder in a slot (one GetItem). */
    Optional<Reminder> reminder(String tenantId, String slot);

    /** A user's record and saved preferences, as stored (either may be missing). */
    record RecipientRecords(Optional<User> user, Optional<NotificationPreferences> preferences) {
    }

    /** A user and their saved preferences: one BatchGetItem (consistent). */
    RecipientRecords recipient(String tenantId, String userId);

    /** A slot together with the records of the user it is expected to be for. */
    record SlotRead(Optional<Reminder> reminder, RecipientRecords expectedRecipient) {
    }

    /**
     * The slot (consistent: the dispatcher re-checks what the index said) and the user it is expected to be for with
     * their preferences, all in one BatchGetItem; the dispatcher's read per due reminder.
     */
    SlotRead slotWithRecipient(String tenantId, String slot, String expectedRecipientId);

    /** A pending reminder with the tenant it belongs to. */
    record Due(String tenantId, Reminder reminder) {
    }

    /** Up to when the dispatcher has handled due reminders; empty before its first run. */
    Optional<Instant> checkpoint();

    /** Pending reminders that fell due after {@code from} up to {@code to}: Queries on the due index, no Scan. */
    List<Due> due(Instant from, Instant to);

    /** Moves the checkpoint; false if another dispatcher moved it meanwhile. */
    boolean advance(Optional<Instant> from, Instant to);
}
