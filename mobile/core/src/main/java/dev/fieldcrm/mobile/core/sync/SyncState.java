package dev.fieldcrm.mobile.core.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the pull stands, stored as one document so the cursor and the snapshot's progress change together.
 *
 * @param cursor       the cursor to send next, or null to start a snapshot
 * @param inSnapshot   a snapshot is being paged (its cursor continues it)
 * @param snapshotSeen ids per kind the current snapshot has delivered: when it ends, local records it did not
 *                     deliver have left the rep's scope while the device was away and are removed
 */
record SyncState(String cursor, boolean inSnapshot, Map<String, List<String>> snapshotSeen) {

    static SyncState fresh() {
        return new SyncState(null, false, Map.of());
    }

    SyncState {
        snapshotSeen = snapshotSeen == null ? Map.of() : snapshotSeen;
    }

    SyncState after(SyncPage page, Map<String, Set<String>> seen) {
        if (!page.snapshot()) {
            return new SyncState(page.cursor(), false, Map.of());
        }
        Map<String, List<String>> copy = new TreeMap<>();
        seen.forEach((kind, ids) -> copy.put(kind, List.copyOf(ids)));
        return new SyncState(page.cursor(), page.hasMore(), page.hasMore() ? copy : Map.of());
    }

    Map<String, Set<String>> seenSoFar() {
        Map<String, Set<String>> seen = new TreeMap<>();
        snapshotSeen.forEach((kind, ids) -> seen.put(kind, new TreeSet<>(ids)));
        return seen;
    }
}
