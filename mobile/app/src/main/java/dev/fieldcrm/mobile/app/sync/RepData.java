package dev.fieldcrm.mobile.app.sync;

import dev.fieldcrm.mobile.core.actions.RepActions;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.outbox.Backoff;
import dev.fieldcrm.mobile.core.outbox.Outbox;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.sync.ConflictList;
import dev.fieldcrm.mobile.core.sync.SyncEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The signed-in user's side of the core, opened from their own directory ({@code <base>/<tenant>/<user>}) so two
 * people sharing a phone never see each other's data: local store, outbox, conflicts, the rep's offline actions and
 * the sync engine over them.
 */
public record RepData(Session session, LocalStore store, Outbox outbox, ConflictList conflicts, RepActions actions,
                      SyncEngine sync, Clock clock) {
    /** The sync API's page size: large pages keep a first snapshot to a few requests on a slow network. */
    private static final int SYNC_PAGE = 200;

    public static RepData open(ApiClient api, Session session, Path baseDir, Clock clock) {
        Path dir = baseDir.resolve(safe(session.tenantId())).resolve(safe(session.userId()));
        LocalStore store = LocalStore.open(dir);
        Outbox outbox = Outbox.open(dir, store.files(), clock, Backoff.standard());
        ConflictList conflicts = ConflictList.open(dir, store.files());
        return new RepData(session, store, outbox, conflicts, new RepActions(store, outbox, clock),
                new SyncEngine(api, store, outbox, conflicts, clock, SYNC_PAGE), clock);
    }

    /** Ids become directory names: keep only characters that are safe on every phone file system. */
    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The rep's time zone (what "today" and "tomorrow 10:00" mean), the device's when the account has none. */
    public ZoneId zone() {
        return session.timeZone() == null ? ZoneId.systemDefault() : ZoneId.of(session.timeZone());
    }

    public boolean isManager() {
        return "manager".equals(session.role()) || "admin".equals(session.role());
    }
}
