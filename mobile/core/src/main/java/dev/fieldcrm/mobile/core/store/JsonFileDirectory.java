package dev.fieldcrm.mobile.core.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.mobile.core.api.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A directory of small JSON files, one per entry, named by the entry's id and kept in id order (ULIDs: the order
 * they were made). Adding or changing an entry writes only its own file, atomically; removing deletes it. The outbox
 * and the conflict list are built on it, so one entry's write never risks the others.
 *
 * @param <T> the entry type (a Jackson-mappable record)
 */
public final class JsonFileDirectory<T> {
    private final Path dir;
    private final AtomicFiles files;
    private final Class<T> type;
    private final ObjectMapper json = Json.mapper();
    private final TreeMap<String, T> entries = new TreeMap<>();

    private JsonFileDirectory(Path dir, AtomicFiles files, Class<T> type) {
        this.dir = dir;
        this.files = files;
        this.type = type;
    }

    /** Opens {@code dir}, dropping temp files of killed writes and loading every complete entry. */
    public static <T> JsonFileDirectory<T> open(Path dir, AtomicFiles files, Class<T> type) {
        JsonFileDirectory<T> directory = new JsonFileDirectory<>(dir, files, type);
        directory.load();
        return directory;
    }

    /** Every entry, in id order. */
    public List<T> values() {
        return List.copyOf(entries.values());
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Optional<T> first() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.firstEntry().getValue());
    }

    public int size() {
        return entries.size();
    }

    /** Writes the entry's file (atomically) and keeps it. */
    public void save(String id, T entry) {
        try {
            files.write(file(id), json.writeValueAsBytes(entry));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(id), e);
        }
        entries.put(id, entry);
    }

    /** Deletes the entry's file. */
    public void remove(String id) {
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file(id), e);
        }
        entries.remove(id);
    }

    private void load() {
        try {
            files.cleanUp(dir);
            if (!Files.isDirectory(dir)) {
                return;
            }
            List<Path> found = new ArrayList<>();
            try (var list = Files.list(dir)) {
                list.filter(path -> path.getFileName().toString().endsWith(".json")).forEach(found::add);
            }
            for (Path path : found) {
                String name = path.getFileName().toString();
                entries.put(name.substring(0, name.length() - ".json".length()), json.readValue(path.toFile(), type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    private Path file(String id) {
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("entry ids are plain file names: " + id);
        }
        return dir.resolve(id + ".json");
    }
}
