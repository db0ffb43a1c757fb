package dev.fieldcrm.mobile.core.views;

import dev.fieldcrm.mobile.core.route.GeoPoint;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Nearby": clients within a radius of where the rep stands that have had no contact for a while, nearest first —
 * to fill a gap in the day. Clients without coordinates cannot be placed and are left out.
 */
public final class NearbyClients {
    private final LocalStore store;
    private final Clock clock;

    public NearbyClients(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A client and how far it is. */
    public record Nearby(ClientSummary client, double km) {
    }

    /**
     * @param radiusKm     how far to look
     * @param quietFor     only clients not contacted within this long (never contacted counts as quiet)
     */
    public List<Nearby> around(GeoPoint here, double radiusKm, Duration quietFor, int limit) {
        Instant quietSince = clock.instant().minus(quietFor);
        List<Nearby> found = new ArrayList<>();
        for (LocalRecord record : store.all(RecordKind.CLIENT)) {
            ClientSummary client = ClientSummary.of(record);
            if (client.location() == null
                    || (client.lastContactAt() != null && client.lastContactAt().isAfter(quietSince))) {
                continue;
            }
            double km = here.kmTo(client.location());
            if (km <= radiusKm) {
                found.add(new Nearby(client, km));
            }
        }
        found.sort(Comparator.comparingDouble(Nearby::km).thenComparing(n -> n.client().id()));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }
}
