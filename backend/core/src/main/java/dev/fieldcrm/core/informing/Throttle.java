package dev.fieldcrm.core.informing;

/**
 * Paces sends to the provider's quota: {@link #acquire()} returns when the next message may go. A mailing of
 * thousands of contacts then takes minutes instead of being refused by SES for exceeding its send rate.
 */
public interface Throttle {
    void acquire();

    /** At most {@code perSecond} acquisitions per second, evenly spaced (no burst). */
    static Throttle perSecond(double perSecond) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive");
        }
        long interval = (long) (1_000_000_000L / perSecond);
        return new Throttle() {
            private long next = System.nanoTime();

            @Override
            public synchronized void acquire() {
                long now = System.nanoTime();
                long wait = next - now;
                next = Math.max(now, next) + interval;
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while pacing sends", e);
                    }
                }
            }
        };
    }
}
