package dev.fieldcrm.mobile.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.mobile.core.outbox.Outbox;
import dev.fieldcrm.mobile.core.outbox.OutboxCommand;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes what the server said into the local store, by the version rule: a record's newer version replaces an older
 * one; an older or equal version never overwrites a newer one; a tombstone removes. Records created offline are
 * shown under their command's id until the server's answer replaces them.
 */
final class StoreUpdates {
    private final LocalStore store;
    private final Outbox outbox;

    StoreUpdates(LocalStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    /** Whether a (non-deleted) change is newer than the local copy, i.e. worth applying or fetching. */
    boolean isWanted(RecordKind kind, SyncChange change) {
        Optional<LocalRecord> local = store.get(kind, change.id());
        return local.isEmpty() || isNewer(local.get(), change.version(), false);
    }

    /** Applies one sync change; true if the store changed. */
    boolean apply(RecordKind kind, SyncChange change) {
        Optional<LocalRecord> local = store.get(kind, change.id());
        if (change.deleted()) {
            if (local.isEmpty() || isNewer(local.get(), change.version(), true)) {
                boolean present = local.isPresent();
                store.remove(kind, change.id());
                return present;
            }
            return false;
        }
        if (change.data() == null || (local.isPresent() && !isNewer(local.get(), change.version(), false))) {
            return false;
        }
        String clientId = kind == RecordKind.CLIENT ? change.id() : change.clientId();
        store.put(new LocalRecord(kind, change.id(), clientId, change.version(), change.at(), change.data(),
                outbox.hasPendingFor(change.id())));
        return true;
    }

    /**
     * Stores the server's answer to an accepted command: the record it returned (for a logged interaction, the
     * interaction and the tasks it completed and planned), replacing the offline placeholder.
     */
    void accepted(OutboxCommand command, JsonNode answer, Instant at) {
        dropPlaceholder(command);
        if (answer == null || answer.isMissingNode() || command.target() == null) {
            return;
        }
        if (answer.has("interaction")) {
            replace(RecordKind.INTERACTION, answer.get("interaction"), at, command.id());
            replace(RecordKind.TASK, answer.get("completedTask"), at, command.id());
            replace(RecordKind.TASK, answer.get("nextTask"), at, command.id());
            return;
        }
        replace(command.target(), answer, at, command.id());
    }

    /** Puts the server's JSON of a record as the local copy, unless the local copy is already newer. */
    void replace(RecordKind kind, JsonNode data, Instant at) {
        replace(kind, data, at, null);
    }

    private void replace(RecordKind kind, JsonNode data, Instant at, String acceptedCommandId) {
        if (data == null || data.isNull() || !data.hasNonNull("id")) {
            return;
        }
        String id = data.get("id").asText();
        Long version = data.hasNonNull("version") ? data.get("version").asLong() : null;
        Optional<LocalRecord> local = store.get(kind, id);
        if (local.isPresent() && !local.get().pending() && !isNewer(local.get(), version, false)) {
            return;
        }
        String clientId = kind == RecordKind.CLIENT ? id : data.path("clientId").asText(null);
        store.put(new LocalRecord(kind, id, clientId, version, at, data,
                outbox.hasPendingFor(id, acceptedCommandId)));
    }

    /** Removes what an offline creation without an id of its own showed under the command's id (any kind). */
    void dropPlaceholder(OutboxCommand command) {
        for (RecordKind kind : RecordKind.values()) {
            store.remove(kind, command.id());
        }
    }

    /** Whether the incoming version may replace (or, for a tombstone, remove) the local copy. */
    private static boolean isNewer(LocalRecord local, Long incoming, boolean tombstone) {
        if (local.version() == null || incoming == null) {
            return true;
        }
        return tombstone ? incoming >= local.version() : incoming > local.version();
    }
}
