package dev.fieldcrm.mobile.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.core.api.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rep's data on the device: records by kind (clients, contacts, agenda tasks, journal, deals, orders), named
 * documents (a client's price list, the signed-in session, the sync state) — as JSON files under a directory the app
 * gives (Gluon Attach {@code StorageService.getPrivateStorage()} on the phone, any directory on desktop and in tests).
 *
 * <p>Layout: {@code records/<kind>.json} (one array per kind) and {@code docs/<name>.json}. Records are held in
 * memory and written back per kind by {@link #flush()}; every file write is atomic ({@link AtomicFiles}), so a kill
 * at any moment leaves each file either before or after the change. Sync relies on that: it flushes the records of
 * a page before it saves the cursor, so a kill in between only replays the page (applying by version is idempotent).
 *
 * <p>Not thread-safe: the app calls it from one thread (the sync worker hands results to the UI thread).
 */
public final class LocalStore {
    private final Path dir;
    private final AtomicFiles files;
    private final ObjectMapper json = Json.mapper();
    private final Map<RecordKind, Map<String, LocalRecord>> records = new EnumMap<>(RecordKind.class);
    private final Set<RecordKind> dirty = EnumSet.noneOf(RecordKind.class);

    private LocalStore(Path dir, AtomicFiles files) {
        this.dir = dir;
        this.files = files;
    }

    /** Opens (or creates) the store in {@code dir}, dropping temp files a killed write left behind. */
    public static LocalStore open(Path dir) {
        return open(dir, new AtomicFiles());
    }

    /** As {@link #open(Path)} with a given file writer (tests simulate a crash through it). */
    public static LocalStore open(Path dir, AtomicFiles files) {
        LocalStore store = new LocalStore(dir, files);
        try {
            files.cleanUp(dir.resolve("records"));
            files.cleanUp(dir.resolve("docs"));
            for (RecordKind kind : RecordKind.values()) {
                store.records.put(kind, store.load(kind));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the local store in " + dir, e);
        }
        return store;
    }

    /** The directory the store lives in (the outbox and conflict list keep their files below it too). */
    public Path dir() {
        return dir;
    }

    public AtomicFiles files() {
        return files;
    }

    public Optional<LocalRecord> get(RecordKind kind, String id) {
        return Optional.ofNullable(records.get(kind).get(id));
    }

    /** All records of a kind, in no particular order (the views sort). */
    public Collection<LocalRecord> all(RecordKind kind) {
        return List.copyOf(records.get(kind).values());
    }

    /** Records of a kind that belong to a client (its contacts, tasks, journal, deals, orders). */
    public List<LocalRecord> ofClient(RecordKind kind, String clientId) {
        List<LocalRecord> result = new ArrayList<>();
        for (LocalRecord record : records.get(kind).values()) {
            if (clientId.equals(record.clientId())) {
                result.add(record);
            }
        }
        return result;
    }

    /** Puts a record as is (a server answer, or the device's own pending change); written on {@link #flush()}. */
    public void put(LocalRecord record) {
        records.get(record.kind()).put(record.id(), record);
        dirty.add(record.kind());
    }

    /** Removes a record (a tombstone, or a record that left the rep's scope); written on {@link #flush()}. */
    public void remove(RecordKind kind, String id) {
        if (records.get(kind).remove(id) != null) {
            dirty.add(kind);
        }
    }

    /** Writes every kind changed since the last flush, each file atomically. */
    public void flush() {
        try {
            for (RecordKind kind : List.copyOf(dirty)) {
                ArrayNode array = json.createArrayNode();
                for (LocalRecord record : records.get(kind).values()) {
                    array.add(json.valueToTree(record));
                }
                files.write(recordsFile(kind), json.writeValueAsBytes(array));
                dirty.remove(kind);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local store", e);
        }
    }

    /** A named JSON document (e.g. {@code "price-list-<clientId>"}, {@code "sync-state"}), if stored. */
    public Optional<JsonNode> document(String name) {
        try {
            Optional<byte[]> bytes = files.read(documentFile(name));
            return bytes.isEmpty() ? Optional.empty() : Optional.of(json.readTree(bytes.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + name, e);
        }
    }

    /** Stores a named document at once (atomically). */
    public void putDocument(String name, JsonNode document) {
        try {
            files.write(documentFile(name), json.writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write document " + name, e);
        }
    }

    private Map<String, LocalRecord> load(RecordKind kind) throws IOException {
        Map<String, LocalRecord> byId = new LinkedHashMap<>();
        Optional<byte[]> bytes = files.read(recordsFile(kind));
        if (bytes.isPresent()) {
            for (JsonNode node : json.readTree(bytes.get())) {
                LocalRecord record = json.treeToValue(node, LocalRecord.class);
                byId.put(record.id(), record);
            }
        }
        return byId;
    }

    private Path recordsFile(RecordKind kind) {
        return dir.resolve("records").resolve(kind.wireName() + ".json");
    }

    private Path documentFile(String name) {
        if (!name.matches("[A-Za-z0-9._-]{1,120}")) {
            throw new IllegalArgumentException("document names are plain file names: " + name);
        }
        return dir.resolve("docs").resolve(name + ".json");
    }

    /** A fresh empty JSON object (for callers building documents). */
    public ObjectNode newObject() {
        return json.createObjectNode();
    }
}
