package dev.fieldcrm.core.leads;

import java.util.concurrent.ThreadLocalRandom;

/** A short random pause before trying a write again that lost a race, so racing workers spread out. */
final class Backoff {
    private Backoff() {
    }

    static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(2, 30));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
