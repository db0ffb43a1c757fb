package dev.fieldcrm.core.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the {@link Postman} tries.
 *
 * @param maxAttempts    provider attempts before a message is parked (default 5)
 * @param backoffBase    first retry delay bound; doubles per attempt (full jitter: the delay is random below it)
 * @param backoffCap     the largest retry delay bound
 * @param lease          how long a claim holds: longer than a provider call can take, short enough that a message
 *                       claimed by a worker that died is retried soon
 * @param throttlePause  first in-process pause when the provider throttles; doubles per pause
 * @param throttleBudget the most the Postman waits in-process for one message before giving it back as RetryLater
 * @param retryOverlap   how far before its checkpoint the retry job reads again, so that a retry time written by
 *                       a worker whose clock runs behind the scheduler's is not skipped
 * @param keepFinal      how long a SENT, PARKED or SUPPRESSED delivery is kept (then the table's TTL removes it): ids
 *                       are per occurrence, so nobody hands the same id again after that long
 * @param dailyCaps      how many sends per channel a tenant may make per UTC day ({@link DailySendCap})
 */
public record NotifySettings(int maxAttempts, Duration backoffBase, Duration backoffCap, Duration lease,
                             Duration throttlePause, Duration throttleBudget, Duration retryOverlap,
                             Duration keepFinal, DailySendCaps dailyCaps) {
    public NotifySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(dailyCaps, "dailyCaps");
    }

    public static NotifySettings defaults() {
        return new NotifySettings(5, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(2),
                Duration.ofMillis(200), Duration.ofMillis(1500), Duration.ofMinutes(5), Duration.ofDays(90), DailySendCaps.defaults());
    }

    public NotifySettings withMaxAttempts(int attempts) {
        return new NotifySettings(attempts, backoffBase, backoffCap, lease, throttlePause, throttleBudget, retryOverlap, keepFinal, dailyCaps);
    }

    public NotifySettings withBackoff(Duration base, Duration cap) {
        return new NotifySettings(maxAttempts, base, cap, lease, throttlePause, throttleBudget, retryOverlap, keepFinal, dailyCaps);
    }

    public NotifySettings withLease(Duration duration) {
        return new NotifySettings(maxAttempts, backoffBase, backoffCap, duration, throttlePause, throttleBudget, retryOverlap, keepFinal, dailyCaps);
    }

    public NotifySettings withDailyCaps(DailySendCaps caps) {
        return new NotifySettings(maxAttempts, backoffBase, backoffCap, lease, throttlePause, throttleBudget, retryOverlap, keepFinal, caps);
    }
}
