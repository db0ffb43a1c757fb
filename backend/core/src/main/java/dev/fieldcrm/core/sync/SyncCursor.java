package dev.fieldcrm.core.sync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of {@code GET /api/v1/sync}: base64url of {@code F|<feed position>} or
 * {@code S|<phase>|<feed start>|<page cursor of the phase's index, may be empty>}. Only its shape is checked: it holds
 * no partition key (the feed's partition and every snapshot index partition come from the caller's token, and the
 * index page cursors are checked against that partition), so a changed cursor can only move within the caller's own
 * data.
 */
public sealed interface SyncCursor {

    String encode();

    /** Reading the feed after {@code after}. */
    record Feed(FeedPosition after) implements SyncCursor {
        @Override
        public String encode() {
            return wrap("F|" + after.value());
        }
    }

    /**
     * Reading a snapshot: the phase, where in its index ({@code page}, null at its start) and where the feed stood when
     * the snapshot began (its last page hands that position on as a feed cursor).
     */
    record Snapshot(SnapshotPhase phase, String page, FeedPosition feedStart) implements SyncCursor {
        @Override
        public String encode() {
            return wrap("S|" + phase.name() + "|" + feedStart.value() + "|" + (page == null ? "" : page));
        }
    }

    static SyncCursor parse(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidSyncCursor();
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length == 2 && parts[0].equals("F")) {
            return new Feed(new FeedPosition(parts[1]));
        }
        if (parts.length == 4 && parts[0].equals("S")) {
            return new Snapshot(phase(parts[1]), parts[3].isEmpty() ? null : parts[3], new FeedPosition(parts[2]));
        }
        throw new InvalidSyncCursor();
    }

    private static SnapshotPhase phase(String name) {
        try {
            return SnapshotPhase.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidSyncCursor();
        }
    }

    private static String wrap(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
