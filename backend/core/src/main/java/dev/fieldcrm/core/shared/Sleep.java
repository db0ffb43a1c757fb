package dev.fieldcrm.core.shared;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waiting in-process: after a lost write race (random, so racing workers spread out) or when a provider throttles.
 * An interrupt ends the wait early and is kept for the caller to see.
 */
public final class Sleep {
    private Sleep() {
    }

    public static void quietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A random pause in [fromMillis, untilMillis). */
    public static void jittered(long fromMillis, long untilMillis) {
        quietly(Duration.ofMillis(ThreadLocalRandom.current().nextLong(fromMillis, untilMillis)));
    }
}
