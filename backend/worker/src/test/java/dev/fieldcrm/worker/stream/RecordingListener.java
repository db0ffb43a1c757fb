package dev.fieldcrm.worker.stream;

import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A test listener: remembers every change it is given and every batch end, and throws on the changes it is told to fail. */
@Singleton
public class RecordingListener implements ChangeListener {
    private final List<Change> seen = new CopyOnWriteArrayList<>();
    private volatile Predicate<Change> failOn = change -> false;
    private final java.util.concurrent.atomic.AtomicInteger batchesEnded = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void on(Change change) {
        seen.add(change);
        if (failOn.test(change)) {
            throw new IllegalStateException("test listener fails on " + change.eventId());
        }
    }

    @Override
    public void batchEnded() {
        batchesEnded.incrementAndGet();
    }

    public int batchesEnded() {
        return batchesEnded.get();
    }

    public List<Change> seen() {
        return List.copyOf(seen);
    }

    public void failOn(Predicate<Change> failOn) {
        this.failOn = failOn;
    }

    public void failNothing() {
        failOn = change -> false;
    }
}
