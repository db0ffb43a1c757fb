package dev.fieldcrm.core.sync;

/** A cursor older than the feed keeps its entries: changes may have been lost, so the phone starts a snapshot. */
public final class SyncCursorExpired extends RuntimeException {
    public SyncCursorExpired() {
        super("the cursor is older than the " + SyncService.FEED_DAYS + " days the feed is kept; drop it and start a snapshot",
                null, false, false);
    }
}
