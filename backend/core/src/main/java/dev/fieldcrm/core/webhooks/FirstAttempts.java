package dev.fieldcrm.core.webhooks;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first attempts of new deliveries, made concurrently (one virtual thread each: they mostly wait on the
 * network) while the stream handler goes on with the batch, and awaited together at its end for at most a budget,
 * so a slow receiver costs a batch that budget once instead of its full timeout per delivery.
 *
 * <p>An attempt that has not finished when the budget runs out is not cancelled: it holds its delivery's claim
 * (SENDING with a lease) and records its outcome when the receiver answers. If the function is frozen or ends
 * before that, the lease lapses and the retry job makes the attempt again from the due index — the at-least-once
 * window of ADR 22, receivers drop duplicates by the delivery id.
 */
final class FirstAttempts {
    private static final Logger LOG = Logger.getLogger(FirstAttempts.class.getName());

    private final Duration budget;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Queue<Future<?>> running = new ConcurrentLinkedQueue<>();

    FirstAttempts(Duration budget) {
        this.budget = budget;
    }

    void start(Runnable attempt) {
        running.add(threads.submit(attempt));
    }

    /**
     * Waits for the attempts started so far, for at most the budget in all.
     *
     * @return how many were still running when the budget ran out
     */
    int awaitWithinBudget() {
        long deadline = System.nanoTime() + budget.toNanos();
        int unfinished = 0;
        for (Future<?> attempt = running.poll(); attempt != null; attempt = running.poll()) {
            try {
                attempt.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillRunning) {
                unfinished++;
            } catch (ExecutionException failed) {
                // An attempt records its own failures; this is a bug or a store outage, and its lease makes it due again.
                LOG.log(Level.WARNING, "a first webhook attempt failed unexpectedly", failed.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return unfinished + 1 + running.size();
            }
        }
        return unfinished;
    }
}
