package dev.fieldcrm.mobile.app.sync;

import dev.fieldcrm.mobile.core.MobileCore;
import dev.fieldcrm.mobile.core.actions.RepActions;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.outbox.Outbox;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.sync.ConflictList;
import dev.fieldcrm.mobile.core.sync.SyncEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The signed-in user's core, opened from their own directory ({@code <base>/<tenant>/<user>}) so two people sharing
 * a phone never see each other's data; the screens reach the store, outbox, conflicts, actions and sync through it.
 */
public record RepData(Session session, MobileCore core, Clock clock) {

    public static RepData open(ApiClient api, Session session, Path baseDir, Clock clock) {
        Path dir = baseDir.resolve(safe(session.tenantId())).resolve(safe(session.userId()));
        return new RepData(session, MobileCore.open(dir, api, clock), clock);
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
