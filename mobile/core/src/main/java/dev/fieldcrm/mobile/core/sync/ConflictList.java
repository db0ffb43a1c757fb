package dev.fieldcrm.mobile.core.sync;

import dev.fieldcrm.mobile.core.store.AtomicFiles;
import dev.fieldcrm.mobile.core.store.JsonFileDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The "needs attention" list: refused changes waiting for the rep's choice, one atomic file per conflict under
 * {@code conflicts/}, oldest first (ULID order). Survives restarts like the outbox. Resolved through
 * {@link SyncEngine#keepMine(String)} and {@link SyncEngine#takeTheirs(String)}.
 */
public final class ConflictList {
    private final JsonFileDirectory<Conflict> conflicts;

    private ConflictList(JsonFileDirectory<Conflict> conflicts) {
        this.conflicts = conflicts;
    }

    public static ConflictList open(Path storeDir, AtomicFiles files) {
        return new ConflictList(JsonFileDirectory.open(storeDir.resolve("conflicts"), files, Conflict.class));
    }

    /** Every open conflict, oldest first. */
    public List<Conflict> all() {
        return conflicts.values();
    }

    public Optional<Conflict> find(String id) {
        return conflicts.find(id);
    }

    public int size() {
        return conflicts.size();
    }

    void add(Conflict conflict) {
        conflicts.save(conflict.id(), conflict);
    }

    void remove(String id) {
        conflicts.remove(id);
    }
}
