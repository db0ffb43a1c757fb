package dev.fieldcrm.mobile.core.outbox;

import java.time.Duration;

/**
 * How long to wait before the next attempt after {@code attempts} retryable failures: exponential from
 * {@code first}, capped at {@code max}. Deterministic (no jitter): one device sends one outbox in order, so there is
 * no herd to spread out, and tests can state exact times.
 */
public record Backoff(Duration first, Duration max) {

    /** 2 s, 4 s, 8 s … up to 15 minutes. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(15));
    }

    /** The wait after the given number of failures (1 = first failure). */
    public Duration after(int attempts) {
        if (attempts <= 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempts - 1, 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
