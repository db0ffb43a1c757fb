package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.reminders.NotificationPreferences;
import dev.fieldcrm.core.reminders.Reminder;
import dev.fieldcrm.core.reminders.ReminderDispatcher;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.util.Map;

/**
 * Keys of the reminders feature.
 *
 * <ul>
 *   <li>{@link NotificationPreferences}: {@code T#<t>#USER#<userId>} / {@code NOTIFY#PREFS} (a user's own partition,
 *       not the tenant's user list, which is read whole).</li>
 *   <li>{@link Reminder}: {@code T#<t>#REMINDER#<slot>} / {@code REMINDER}, one small partition per slot (a tenant's
 *       08:00 writes spread over many partitions); while pending on the {@link DueIndex} under kind
 *       {@value ReminderDispatcher#KIND}; once handled off the index, with a TTL ({@link #HANDLED_KEPT}) after which
 *       DynamoDB deletes it.</li>
 * </ul>
 */
final class ReminderKeys {
    /** How long a handled slot is kept: long enough that a redelivered stream change finds it handled. */
    static final Duration HANDLED_KEPT = Duration.ofDays(60);

    private ReminderKeys() {
    }

    static String user(String tenantId, String userId) {
        return Keys.tenant(tenantId) + "USER#" + userId;
    }

    static Map<String, AttributeValue> preferences(String tenantId, String userId) {
        return Keys.key(user(tenantId, userId), "NOTIFY#PREFS");
    }

    static Map<String, AttributeValue> reminder(String tenantId, String slot) {
        return Keys.key(Keys.tenant(tenantId) + "REMINDER#" + slot, "REMINDER");
    }

    static Map<String, AttributeValue> of(String tenantId, NotificationPreferences preferences) {
        return preferences(tenantId, preferences.userId());
    }

    static Map<String, AttributeValue> of(String tenantId, Reminder reminder) {
        Map<String, AttributeValue> keys = reminder(tenantId, reminder.slot());
        if (reminder.pending()) {
            DueIndex.put(keys, ReminderDispatcher.KIND, reminder.fireAt(), tenantId, reminder.slot());
        } else {
            keys.put(TableDesign.TTL_ATTRIBUTE, ItemCodec.n(reminder.updatedAt().plus(HANDLED_KEPT).getEpochSecond()));
        }
        return keys;
    }
}
