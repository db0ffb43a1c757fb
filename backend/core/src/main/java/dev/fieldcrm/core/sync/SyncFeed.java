package dev.fieldcrm.core.sync;

import java.util.List;

/** Every user's feed of changes in their sync scope (written by the worker, read by {@code GET /api/v1/sync}). */
public interface SyncFeed {
    /** Stores the entries; writing the same entries again changes nothing (same positions, same content). */
    void append(String tenantId, List<FeedEntry> entries);

    /** Up to {@code limit} changes of the user's feed after {@code after} and before {@code until}, oldest first. */
    FeedPage read(String tenantId, String userId, FeedPosition after, FeedPosition until, int limit);

    /**
     * @param last    the position of the last change returned (null when none)
     * @param hasMore whether more entries before {@code until} may follow
     */
    record FeedPage(List<SyncChange> changes, FeedPosition last, boolean hasMore) {
        public FeedPage {
            changes = List.copyOf(changes);
        }
    }
}
