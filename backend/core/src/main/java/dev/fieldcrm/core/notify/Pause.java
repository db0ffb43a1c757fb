package dev.fieldcrm.core.notify;

import dev.fieldcrm.core.shared.Sleep;

import java.time.Duration;

/** Waits in-process (when a provider throttles). A port so tests need not wait. */
@FunctionalInterface
public interface Pause {
    void pause(Duration duration);

    /** Really sleeps; an interrupt ends the wait early and is kept for the caller to see. */
    static Pause sleeping() {
        return Sleep::quietly;
    }
}
