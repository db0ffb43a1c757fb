package dev.fieldcrm.mobile.app.sync;

import dev.fieldcrm.mobile.core.MobileCore;
import dev.fieldcrm.mobile.core.actions.RepActions;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.outbox.Outbox;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.sync.ConflictList;
import dev.fieldcrm.mobile.core.sync.SyncEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The signed-in user's core, opened from their own directory ({@code <base>/<tenant>/<user>}) so two people sharing
 * a phone never see each other's data; the screens reach the store, outbox, conflicts, actions and sync through it.
 */
public record RepData(Session session, MobileCore core, Clock clock) {

    public static RepData open(ApiClient api, Session session, Path baseDir, Clock clock) {
        return new RepData(session, MobileCore.open(directory(baseDir, session), api, clock), clock);
    }

    /** Where this user's records, outbox and conflicts live. */
    public static Path directory(Path baseDir, Session session) {
        return baseDir.resolve(safe(session.tenantId())).resolve(safe(session.userId()));
    }

    /**
     * Deletes this user's data from the phone (sign-out): records, unsent changes, conflicts. The caller has
     * warned the rep about unsent changes first.
     */
    public static void erase(Path baseDir, Session session) {
        Path dir = directory(baseDir, session);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    /** Ids become directory names: keep only characters that are safe on every phone file system. */
    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    public LocalStore store() {
        return core.store();
    }

    public Outbox outbox() {
        return core.outbox();
    }

    public ConflictList conflicts() {
        return core.conflicts();
    }

    public RepActions actions() {
        return core.actions();
    }

    public SyncEngine sync() {
        return core.sync();
    }

    /** The rep's time zone (what "today" and "tomorrow 10:00" mean), the device's when the account has none. */
    public ZoneId zone() {
        return session.timeZone() == null ? ZoneId.systemDefault() : ZoneId.of(session.timeZone());
    }

    public boolean isManager() {
        return "manager".equals(session.role()) || "admin".equals(session.role());
    }
}
