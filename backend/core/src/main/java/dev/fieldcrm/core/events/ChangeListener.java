package dev.fieldcrm.core.events;

/**
 * Reacts to changes from the table's stream (in AWS: the worker function's DynamoDB stream trigger; locally and in
 * tests: the same handler fed from DynamoDB Local's stream).
 *
 * <p>Streams deliver at least once and a failed batch is retried from the failed record on, so a listener must be
 * idempotent: applying the same {@link Change} twice has the effect of applying it once. A listener throws to have
 * the record retried; it ignores changes it does not care about.
 */
public interface ChangeListener {
    void on(Change change);

    /**
     * Called once after a batch's records have been handed to {@link #on} (also after a failed record ended the
     * batch early). A listener that started work in the background for the batch waits for it here, within a time
     * budget of its own; most listeners do everything in {@link #on} and need nothing here.
     */
    default void batchEnded() {
    }
}
