package dev.fieldcrm.core.webhooks;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How hard the worker tries: attempt {@code n} that fails is retried after {@code base × 3^(n-1)} (capped), with
 * ±20 % jitter so the retries of many deliveries that failed together do not arrive together. With the defaults
 * (1 min base, 8 attempts) the gaps are about 1, 3, 9, 27, 81 min, 4 h and 12 h: the eighth and last attempt is
 * ≈ 18 h after the first, then the delivery is parked.
 *
 * @param maxAttempts  attempts before a delivery is parked and sent to the dead-letter queue
 * @param disableAfter consecutive failed attempts (any delivery) after which a subscription switches itself off
 * @param lease        how long one attempt holds its delivery (longer than the transport's total timeout)
 * @param firstAttemptsBudget how long a stream batch waits, in all, for the first attempts of its new deliveries
 */
public record DeliveryPolicy(int maxAttempts, int disableAfter, Duration baseDelay, Duration maxDelay, Duration lease,
                             RandomGenerator random, Duration firstAttemptsBudget) {
    static final Duration DEFAULT_FIRST_ATTEMPTS_BUDGET = Duration.ofSeconds(2);

    public DeliveryPolicy(int maxAttempts, int disableAfter, Duration baseDelay, Duration maxDelay, Duration lease,
                          RandomGenerator random) {
        this(maxAttempts, disableAfter, baseDelay, maxDelay, lease, random, DEFAULT_FIRST_ATTEMPTS_BUDGET);
    }

    public static DeliveryPolicy defaults() {
        return new DeliveryPolicy(8, 50, Duration.ofMinutes(1), Duration.ofHours(12), Duration.ofMinutes(2),
                RandomGenerator.getDefault());
    }

    /** The same policy with another budget for a batch's first attempts. */
    public DeliveryPolicy withFirstAttemptsBudget(Duration budget) {
        return new DeliveryPolicy(maxAttempts, disableAfter, baseDelay, maxDelay, lease, random, budget);
    }

    /** The wait after the {@code attempt}-th failed attempt (1-based). */
    public Duration delayAfter(int attempt) {
        double nominal = baseDelay.toMillis() * Math.pow(3, Math.max(0, attempt - 1));
        double capped = Math.min(nominal, maxDelay.toMillis());
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.max(1000, Math.round(capped * jitter)));
    }
}
