package dev.fieldcrm.api.support;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants relative to now, whole seconds (as the API stores them), so a test reads the same at any hour. */
public final class Times {
    private Times() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    public static Instant daysAgo(int days) {
        return now().minus(Duration.ofDays(days));
    }

    public static Instant inDays(int days) {
        return now().plus(Duration.ofDays(days));
    }

    /** Due an hour ago: on its assignee's agenda whatever the time of day (it is overdue or due today). */
    public static Instant anHourAgo() {
        return now().minus(Duration.ofHours(1));
    }
}
