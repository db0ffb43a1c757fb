package dev.fieldcrm.mobile.app.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.store.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The signed-in session kept on the device, so the app opens straight to Today with no network (offline first);
 * removed on sign-out.
 */
public final class SessionFile {
    private final Path file;
    private final AtomicFiles files = new AtomicFiles();
    private final ObjectMapper json = Json.mapper();

    public SessionFile(Path baseDir) {
        this.file = baseDir.resolve("session.json");
    }

    public Optional<Session> read() {
        try {
            Optional<byte[]> bytes = files.read(file);
            return bytes.isEmpty() ? Optional.empty() : Optional.of(json.readValue(bytes.get(), Session.class));
        } catch (IOException e) {
            // An unreadable session only means signing in again; the rep's data is kept elsewhere.
            return Optional.empty();
        }
    }

    public void save(Session session) {
        try {
            files.write(file, json.writeValueAsBytes(session));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the session in " + file, e);
        }
    }

    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
