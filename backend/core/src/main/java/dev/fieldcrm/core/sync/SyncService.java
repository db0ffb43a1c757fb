package dev.fieldcrm.core.sync;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.ValidationFailed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Delta sync for phones ({@code GET /api/v1/sync}, contract B): without a cursor a snapshot of the caller's scope in
 * pages, whose last page hands over a feed cursor positioned where the feed stood when the snapshot began; with a feed
 * cursor one Query of the caller's own feed. The scope is always the caller's own: the user and tenant come from the
 * token, never from the cursor.
 *
 * <p>Entries are served only once they are older than the settle window: a stream record reaches the feed a moment
 * after its change, at the change's time, so a cursor must never move past a time whose entries may still arrive.
 */
public final class SyncService {
    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 500;
    /** How long a feed keeps its entries (TTL a day later) and so how old a cursor may be. */
    public static final int FEED_DAYS = 30;
    /** The production settle window: twice {@link SyncFeedChanges#LATE}. */
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(20);

    private final SyncFeed feed;
    private final SyncSnapshot snapshot;
    private final Clock clock;
    private final Duration settle;

    /**
     * @param settle how old an entry must be to be served; longer than {@link SyncFeedChanges#LATE} plus the time a
     *               feed write takes ({@link #DEFAULT_SETTLE} in production)
     */
    public SyncService(SyncFeed feed, SyncSnapshot snapshot, Clock clock, Duration settle) {
        this.feed = feed;
        this.snapshot = snapshot;
        this.clock = clock;
        this.settle = settle;
    }

    public SyncPage sync(Caller caller, String cursor, Integer limit) {
        int pageSize = pageSize(limit);
        Instant now = clock.instant();
        if (cursor == null || cursor.isBlank()) {
            return snapshotPage(caller, new SyncCursor.Snapshot(SnapshotPhase.CLIENTS, null, FeedPosition.at(now.minus(settle))),
                    pageSize, now);
        }
        return switch (SyncCursor.parse(cursor)) {
            case SyncCursor.Snapshot s -> snapshotPage(caller, s, pageSize, now);
            case SyncCursor.Feed f -> feedPage(caller, f, pageSize, now);
        };
    }

    private SyncPage feedPage(Caller caller, SyncCursor.Feed cursor, int limit, Instant now) {
        requireKept(cursor.after(), now);
        FeedPosition until = FeedPosition.at(now.minus(settle));
        if (cursor.after().compareTo(until) >= 0) {
            return new SyncPage(java.util.List.of(), cursor.encode(), false, false);
        }
        SyncFeed.FeedPage page = feed.read(caller.tenantId(), caller.userId(), cursor.after(), until, limit);
        // Without more entries the cursor moves to the settle line: everything before it has been read, and a quiet
        // user's cursor stays young.
        FeedPosition next = page.hasMore() ? page.last() : until;
        return new SyncPage(page.changes(), new SyncCursor.Feed(next).encode(), page.hasMore(), false);
    }

    private SyncPage snapshotPage(Caller caller, SyncCursor.Snapshot cursor, int limit, Instant now) {
        requireKept(cursor.feedStart(), now);
        SyncSnapshot.Step step = snapshot.page(caller.tenantId(), caller.userId(), cursor.phase(), cursor.page(), limit, now);
        SyncCursor next;
        if (step.next() != null) {
            next = new SyncCursor.Snapshot(cursor.phase(), step.next(), cursor.feedStart());
        } else if (cursor.phase().next() != null) {
            next = new SyncCursor.Snapshot(cursor.phase().next(), null, cursor.feedStart());
        } else {
            next = new SyncCursor.Feed(cursor.feedStart());
        }
        return new SyncPage(step.changes(), next.encode(), next instanceof SyncCursor.Snapshot, true);
    }

    private static void requireKept(FeedPosition position, Instant now) {
        if (position.instant().isBefore(now.minus(Duration.ofDays(FEED_DAYS)))) {
            throw new SyncCursorExpired();
        }
    }

    private static int pageSize(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationFailed.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
