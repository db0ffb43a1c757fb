package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.users.User;

import java.time.Instant;
import java.util.Locale;

/** A user about to be reminded, with their preferences resolved against the directory. */
public record Recipient(String tenantId, User user, NotificationPreferences preferences) {

    public ReminderPlanning.Timing timing() {
        return new ReminderPlanning.Timing(preferences.zoneFor(user), preferences.quietHours());
    }

    public Locale locale() {
        return preferences.localeFor(user);
    }

    public boolean isQuiet(Instant at) {
        return timing().isQuiet(at);
    }
}
