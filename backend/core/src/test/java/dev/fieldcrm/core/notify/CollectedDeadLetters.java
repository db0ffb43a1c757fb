package dev.fieldcrm.core.notify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the parked letters; can be made unreachable. */
final class CollectedDeadLetters implements DeadLetters {
    final List<DeadLetter> letters = new CopyOnWriteArrayList<>();
    volatile boolean unreachable;

    @Override
    public void park(DeadLetter letter) {
        if (unreachable) {
            throw new IllegalStateException("queue unreachable");
        }
        letters.add(letter);
    }
}
