package dev.fieldcrm.core.reminders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads of what the reminders feature stores (see docs/data-model.md for the calls each makes). */
public interface ReminderStore {
    /** A user's saved preferences (one GetItem); empty when the user never saved any. */
    Optional<NotificationPreferences> preferences(String tenantId, String userId);

    /** The reminder in a slot (one GetItem). */
    Optional<Reminder> reminder(String tenantId, String slot);

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
