package dev.fieldcrm.core.events;

import java.time.Instant;

/**
 * Work the worker does on its clock (an EventBridge schedule once a minute in AWS, an in-process ticker locally).
 *
 * <p>A job finds what is due itself (by Query on time-bucketed keys or its own checkpoint), so a missed tick
 * or a tick delivered twice changes nothing: the next run catches up, and what was done is not done again.
 */
public interface ScheduledJob {
    /** A short stable name, for logs and checkpoints. */
    String name();

    void run(Instant now);
}
