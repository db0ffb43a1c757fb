package dev.fieldcrm.mobile.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.ApiException;
import dev.fieldcrm.mobile.core.api.ApiRequest;
import dev.fieldcrm.mobile.core.api.ApiResponse;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.outbox.CommandDraft;
import dev.fieldcrm.mobile.core.outbox.Outbox;
import dev.fieldcrm.mobile.core.outbox.OutboxCommand;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Brings the device and the server together: first <b>push</b> the outbox in order, then <b>pull</b>
 * {@code GET /api/v1/sync} pages (contract B) and apply them by version.
 *
 * <ul>
 *   <li>Push: the head command is sent with its ULID as Idempotency-Key. Accepted → its answer is stored locally
 *       and the command removed. Unreachable / 5xx / 429 → the command stays, waits per backoff, and the sync stops
 *       (later commands may depend on it; nothing is pulled while the rep's changes are not on the server, so pulled
 *       data cannot hide them). Refused (4xx) → moved to the {@link ConflictList} with the server's current version,
 *       and pushing goes on (queued commands for the same record, built on it, go with it). 401 → stop, sign in
 *       again.</li>
 *   <li>Pull: no cursor → a snapshot in pages; its last page gives the feed cursor; local records the snapshot did
 *       not deliver are removed (they left the rep's scope), unless a command for them is still queued. A change is
 *       applied only if its version is newer than the local one; a tombstone removes. The records of a page are
 *       flushed before the cursor is saved, so a kill between the two replays the page harmlessly. 410
 *       {@code sync-cursor-expired} → drop the cursor and start a snapshot.</li>
 * </ul>
 *
 * <p>Not thread-safe: run it on one background thread.
 */
public final class SyncEngine {
    /** The store document holding the cursor and the snapshot's progress (tests set a stale cursor through it). */
    public static final String STATE_DOCUMENT = "sync-state";
    private static final int MAX_PAGES_PER_SYNC = 10_000;

    private final ApiClient api;
    private final LocalStore store;
    private final Outbox outbox;
    private final ConflictList conflicts;
    private final Clock clock;
    private final int pageSize;
    private final StoreUpdates updates;
    private final ObjectMapper json = Json.mapper();

    /**
     * @param pageSize the sync API's {@code limit} (1..500)
     */
    public SyncEngine(ApiClient api, LocalStore store, Outbox outbox, ConflictList conflicts, Clock clock,
                      int pageSize) {
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("pageSize must be 1..500");
        }
        this.api = api;
        this.store = store;
        this.outbox = outbox;
        this.conflicts = conflicts;
        this.clock = clock;
        this.pageSize = pageSize;
        this.updates = new StoreUpdates(store, outbox);
    }

    /** Push, then pull. Never throws for network or server trouble: the report says how it ended. */
    public SyncReport sync() {
        PushResult push = push();
        if (push.stop() != null) {
            return new SyncReport(push.sent(), push.refused(), 0, 0, false, push.stop());
        }
        return pull(push);
    }

    /** Sends the outbox's due commands in order until it is empty or a command must wait. */
    public PushResult push() {
        try {
            return pushInOrder();
        } finally {
            store.flush();
        }
    }

    private PushResult pushInOrder() {
        int sent = 0;
        int refused = 0;
        while (true) {
            var head = outbox.head();
            if (head.isEmpty()) {
                return new PushResult(sent, refused, null);
            }
            OutboxCommand command = head.get();
            if (!command.isDue(clock.instant())) {
                return new PushResult(sent, refused, SyncReport.Outcome.WAITING);
            }
            try {
                ApiResponse answer = api.send(command.request());
                updates.accepted(command, answer.body(), clock.instant());
                outbox.remove(command.id());
                sent++;
            } catch (ApiException.Rejected rejected) {
                if (rejected.signInNeeded()) {
                    return new PushResult(sent, refused, SyncReport.Outcome.SIGN_IN_NEEDED);
                }
                Conflict conflict = conflictOf(command, rejected);
                conflicts.add(conflict);
                outbox.remove(command.id());
                refused += 1 + refuseDependents(conflict);
            } catch (ApiException failure) {
                outbox.failed(command, failure.getMessage());
                return new PushResult(sent, refused, SyncReport.Outcome.OFFLINE);
            }
        }
    }

    /**
     * Later commands for the same record were built on the refused one (a deal's move sent at the version its field
     * update would have made, a submit of an order whose creation was refused): sent alone they would act on someone
     * else's version, so they wait beside it in "needs attention", with the same reason.
     */
    private int refuseDependents(Conflict refused) {
        OutboxCommand head = refused.command();
        if (head.target() == null || head.targetId() == null) {
            return 0;
        }
        int count = 0;
        for (OutboxCommand later : outbox.pending()) {
            if (head.target() == later.target() && head.targetId().equals(later.targetId())) {
                conflicts.add(new Conflict(later, refused.problem(), refused.theirs(), refused.theirVersion(),
                        clock.instant()));
                outbox.remove(later.id());
                count++;
            }
        }
        return count;
    }

    /**
     * Keep mine: send the refused change again on top of the server's current version (a new command, so a new
     * Idempotency-Key), and close the conflict.
     */
    public OutboxCommand keepMine(String conflictId) {
        Conflict conflict = conflicts.find(conflictId).orElseThrow(() -> new IllegalArgumentException(conflictId));
        if (!conflict.canKeepMine()) {
            throw new IllegalStateException("this conflict has no server version to build on; edit and resend");
        }
        OutboxCommand refused = conflict.command();
        OutboxCommand again = outbox.enqueue(new CommandDraft(refused.label(),
                refused.request().basedOn(conflict.theirVersion()), refused.target(), refused.targetId(),
                refused.clientId(), refused.readPath()));
        conflicts.remove(conflictId);
        return again;
    }

    /** Edit and resend: the refused change with a corrected body (after a 422), as a new command. */
    public OutboxCommand resend(String conflictId, JsonNode correctedBody) {
        Conflict conflict = conflicts.find(conflictId).orElseThrow(() -> new IllegalArgumentException(conflictId));
        OutboxCommand refused = conflict.command();
        ApiRequest request = refused.request();
        OutboxCommand again = outbox.enqueue(new CommandDraft(refused.label(),
                new ApiRequest(request.method(), request.path(), correctedBody, null,
                        conflict.theirVersion() != null ? conflict.theirVersion() : request.ifMatch()),
                refused.target(), refused.targetId(), refused.clientId(), refused.readPath()));
        conflicts.remove(conflictId);
        return again;
    }

    /** Take theirs: drop the rep's change; the local copy becomes the server's version. */
    public void takeTheirs(String conflictId) {
        Conflict conflict = conflicts.find(conflictId).orElseThrow(() -> new IllegalArgumentException(conflictId));
        OutboxCommand refused = conflict.command();
        if (conflict.theirs() != null && refused.target() != null) {
            updates.replace(refused.target(), conflict.theirs(), clock.instant());
        } else {
            updates.dropPlaceholder(refused);
        }
        store.flush();
        conflicts.remove(conflictId);
    }

    private Conflict conflictOf(OutboxCommand command, ApiException.Rejected rejected) {
        JsonNode theirs = null;
        Long theirVersion = null;
        if (command.readPath() != null && rejected.status() != 404) {
            try {
                theirs = RecordFinder.find(api.send(ApiRequest.get(command.readPath())).body(), command.targetId());
                theirVersion = theirs != null && theirs.hasNonNull("version") ? theirs.get("version").asLong() : null;
            } catch (ApiException unreadable) {
                // The conflict is still shown, with the server's reason but without its version.
                theirs = null;
            }
        }
        return new Conflict(command, rejected.problem(), theirs, theirVersion, clock.instant());
    }

    private SyncReport pull(PushResult push) {
        SyncState state = loadState();
        boolean snapshot = state.cursor() == null;
        boolean restarted = false;
        Map<String, Set<String>> seen = state.seenSoFar();
        int pulled = 0;
        int pages = 0;
        boolean snapshotEnded = false;
        while (pages < MAX_PAGES_PER_SYNC) {
            SyncPage page;
            try {
                page = readPage(state.cursor());
            } catch (ApiException.Rejected rejected) {
                // Expired (410), or not a cursor this API gave this user (400, e.g. another user signed in on the
                // device): either way only a new snapshot helps.
                boolean cursorUnusable = rejected.problem().isType("sync-cursor-expired")
                        || rejected.problem().isType("sync-cursor-invalid");
                if (cursorUnusable && state.cursor() != null && !restarted) {
                    restarted = true;
                    snapshot = true;
                    state = SyncState.fresh();
                    seen = state.seenSoFar();
                    saveState(state);
                    continue;
                }
                return new SyncReport(push.sent(), push.refused(), pulled, pages, snapshot,
                        rejected.signInNeeded() ? SyncReport.Outcome.SIGN_IN_NEEDED : SyncReport.Outcome.OFFLINE);
            } catch (ApiException failure) {
                return new SyncReport(push.sent(), push.refused(), pulled, pages, snapshot,
                        SyncReport.Outcome.OFFLINE);
            }
            pages++;
            try {
                pulled += applyPage(page, seen);
            } catch (ApiException failure) {
                // A record's GET failed mid-page: the cursor stays, so the page is read again next time.
                return new SyncReport(push.sent(), push.refused(), pulled, pages, snapshot,
                        SyncReport.Outcome.OFFLINE);
            }
            if (page.snapshot() && !page.hasMore()) {
                dropUnseen(seen);
            }
            store.flush();
            state = state.after(page, seen);
            saveState(state);
            // After a snapshot's last page, read the feed from its cursor once, to replay what changed meanwhile.
            boolean snapshotJustEnded = page.snapshot() && !page.hasMore();
            boolean readFeedNow = snapshotJustEnded && !snapshotEnded;
            snapshotEnded |= snapshotJustEnded;
            if (!page.hasMore() && !readFeedNow) {
                break;
            }
        }
        return new SyncReport(push.sent(), push.refused(), pulled, pages, snapshot, SyncReport.Outcome.DONE);
    }

    private SyncPage readPage(String cursor) throws ApiException {
        String path = "/api/v1/sync?limit=" + pageSize
                + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        JsonNode body = api.send(ApiRequest.get(path)).body();
        try {
            return json.treeToValue(body, SyncPage.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the sync answer does not follow the contract", e);
        }
    }

    private int applyPage(SyncPage page, Map<String, Set<String>> seen) throws ApiException {
        int applied = 0;
        for (SyncChange change : page.changes()) {
            RecordKind kind = RecordKind.fromWire(change.kind());
            if (kind == null) {
                continue;
            }
            if (page.snapshot() && !change.deleted()) {
                seen.computeIfAbsent(kind.wireName(), k -> new HashSet<>()).add(change.id());
            }
            if (updates.apply(kind, withData(kind, change))) {
                applied++;
            }
        }
        return applied;
    }

    /**
     * The change with its record: the backend leaves a record too big for a feed entry out ({@code data: null}, not
     * deleted) and the phone reads it with the record's GET. Only read when the local copy is older; if the read
     * fails the change is skipped and the next snapshot brings it.
     */
    private SyncChange withData(RecordKind kind, SyncChange change) throws ApiException {
        if (change.deleted() || change.data() != null || !updates.isWanted(kind, change)) {
            return change;
        }
        String path = RecordPaths.read(kind, change.id(), change.clientId());
        if (path == null) {
            return change;
        }
        JsonNode record;
        try {
            record = RecordFinder.find(api.send(ApiRequest.get(path)).body(), change.id());
        } catch (ApiException.Rejected gone) {
            // Deleted or out of scope since: a later feed entry says so.
            return change;
        }
        return new SyncChange(change.kind(), change.id(), change.clientId(), change.version(), false, change.at(),
                record);
    }

    private void dropUnseen(Map<String, Set<String>> seen) {
        for (RecordKind kind : RecordKind.values()) {
            Set<String> delivered = seen.getOrDefault(kind.wireName(), Set.of());
            for (LocalRecord record : store.all(kind)) {
                if (!delivered.contains(record.id()) && !record.pending() && !outbox.hasPendingFor(record.id())) {
                    store.remove(kind, record.id());
                }
            }
        }
    }

    private SyncState loadState() {
        return store.document(STATE_DOCUMENT).map(doc -> json.convertValue(doc, SyncState.class))
                .orElse(SyncState.fresh());
    }

    private void saveState(SyncState state) {
        store.putDocument(STATE_DOCUMENT, json.valueToTree(state));
    }

    /** The push phase's result: counts, and why it stopped early (null when the outbox was emptied). */
    public record PushResult(int sent, int refused, SyncReport.Outcome stop) {
    }
}
