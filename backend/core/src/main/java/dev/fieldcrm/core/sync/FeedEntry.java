package dev.fieldcrm.core.sync;

/** One change placed in one user's feed. */
public record FeedEntry(String userId, FeedPosition position, SyncChange change) {
}
