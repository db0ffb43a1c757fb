package dev.fieldcrm.mobile.core.sync;

import java.util.List;

/**
 * A page of {@code GET /api/v1/sync} (contract B).
 *
 * @param cursor   opaque; always present; the next request sends it
 * @param hasMore  another page is ready now
 * @param snapshot this page belongs to a snapshot (no cursor was sent, or the snapshot is still being paged)
 */
public record SyncPage(List<SyncChange> changes, String cursor, boolean hasMore, boolean snapshot) {
    public SyncPage {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
