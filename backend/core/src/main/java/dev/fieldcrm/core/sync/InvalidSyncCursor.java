package dev.fieldcrm.core.sync;

/** A sync cursor this API did not hand out (malformed or tampered with). */
public final class InvalidSyncCursor extends RuntimeException {
    public InvalidSyncCursor() {
        super("the cursor is not one returned by /api/v1/sync; drop it and start a snapshot", null, false, false);
    }
}
