package dev.fieldcrm.mobile.core;

import dev.fieldcrm.mobile.core.actions.RepActions;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.outbox.Backoff;
import dev.fieldcrm.mobile.core.outbox.Outbox;
import dev.fieldcrm.mobile.core.picks.QuickPicks;
import dev.fieldcrm.mobile.core.reference.ReferenceCache;
import dev.fieldcrm.mobile.core.route.RoutePlanner;
import dev.fieldcrm.mobile.core.store.AtomicFiles;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.sync.ConflictList;
import dev.fieldcrm.mobile.core.sync.SyncEngine;
import dev.fieldcrm.mobile.core.views.ClientSearch;
import dev.fieldcrm.mobile.core.views.NearbyClients;
import dev.fieldcrm.mobile.core.views.TodayAgenda;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The core put together, for the app (and tests) to open once: one store directory, one API, one clock.
 *
 * <pre>{@code
 * MobileCore core = MobileCore.open(storageDir, URI.create("http://localhost:8080"), Clock.systemUTC());
 * core.api().localLogin("demo", "maria");
 * core.actions().logInteraction(clientId, visit);   // works offline, shows "pending"
 * SyncReport report = core.sync().sync();          // push, then pull
 * }</pre>
 */
public record MobileCore(ApiClient api, LocalStore store, Outbox outbox, ConflictList conflicts, SyncEngine sync,
                         RepActions actions, ReferenceCache reference, TodayAgenda today, ClientSearch clients, NearbyClients nearby,
                         QuickPicks quickPicks, RoutePlanner routes) {

    /** The sync page size the app asks for (contract B allows 1..500). */
    public static final int PAGE_SIZE = 200;

    public static MobileCore open(Path storeDir, URI apiBase, Clock clock) {
        return open(storeDir, ApiClient.to(apiBase), clock);
    }

    public static MobileCore open(Path storeDir, ApiClient api, Clock clock) {
        AtomicFiles files = new AtomicFiles();
        LocalStore store = LocalStore.open(storeDir, files);
        Outbox outbox = Outbox.open(storeDir, files, clock, Backoff.standard());
        ConflictList conflicts = ConflictList.open(storeDir, files);
        SyncEngine sync = new SyncEngine(api, store, outbox, conflicts, clock, PAGE_SIZE);
        return new MobileCore(api, store, outbox, conflicts, sync, new RepActions(store, outbox, clock),
                new ReferenceCache(api, store, clock),
                new TodayAgenda(store, clock), new ClientSearch(store), new NearbyClients(store, clock),
                new QuickPicks(clock), new RoutePlanner());
    }
}
