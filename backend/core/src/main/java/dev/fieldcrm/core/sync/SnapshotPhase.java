package dev.fieldcrm.core.sync;

/** The parts of the sync scope a snapshot reads in turn, each page by page from its own index. */
public enum SnapshotPhase {
    CLIENTS, AGENDA, JOURNAL, DEALS, ORDERS;

    /** The phase after this one; null after the last. */
    SnapshotPhase next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
