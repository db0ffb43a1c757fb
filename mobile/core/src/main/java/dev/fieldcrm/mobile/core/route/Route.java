package dev.fieldcrm.mobile.core.route;

import java.util.List;

/**
 * An order of stops from a start position (an open path: the rep does not have to come back).
 *
 * @param stops   in visiting order
 * @param totalKm start → first stop → … → last stop, great-circle km
 */
public record Route(GeoPoint start, List<Stop> stops, double totalKm) {
    public Route {
        stops = List.copyOf(stops);
    }

    /** The next stop to navigate to, if any. */
    public Stop next() {
        return stops.isEmpty() ? null : stops.getFirst();
    }
}
