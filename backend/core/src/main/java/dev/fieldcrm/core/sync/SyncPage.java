package dev.fieldcrm.core.sync;

import java.util.List;

/**
 * The answer of {@code GET /api/v1/sync} (contract B).
 *
 * @param cursor   always present: the phone passes it next time
 * @param hasMore  whether the next call returns more right away
 * @param snapshot whether this page is part of a snapshot (no cursor was given, or a snapshot cursor)
 */
public record SyncPage(List<SyncChange> changes, String cursor, boolean hasMore, boolean snapshot) {
    public SyncPage {
        changes = List.copyOf(changes);
    }
}
