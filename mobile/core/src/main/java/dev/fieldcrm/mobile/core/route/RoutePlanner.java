package dev.fieldcrm.mobile.core.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the day's visits by travel distance from where the rep stands, on the phone and offline: nearest
 * neighbour builds a tour, then 2-opt removes crossings until no reversal of a segment makes it shorter. A visit day
 * has a handful to a few dozen stops, where this is within a few percent of optimal and instant.
 *
 * <p>Deterministic: the stops are first sorted by id, and ties in distance go to the smaller id, so the same input
 * always gives the same route (the list does not jump around when the rep plans twice).
 */
public final class RoutePlanner {
    private static final double EPSILON_KM = 1e-9;

    /** The best route this heuristic finds (nearest neighbour, then 2-opt). */
    public Route plan(GeoPoint start, List<Stop> stops) {
        List<Stop> tour = nearestNeighbour(start, stops);
        twoOpt(start, tour);
        return new Route(start, tour, length(start, tour));
    }

    /** Nearest neighbour only (exposed so tests can check 2-opt never makes it worse). */
    public Route nearestNeighbourOnly(GeoPoint start, List<Stop> stops) {
        List<Stop> tour = nearestNeighbour(start, stops);
        return new Route(start, tour, length(start, tour));
    }

    private static List<Stop> nearestNeighbour(GeoPoint start, List<Stop> stops) {
        List<Stop> left = new ArrayList<>(stops);
        left.sort(Comparator.comparing(Stop::id));
        List<Stop> tour = new ArrayList<>(left.size());
        GeoPoint here = start;
        while (!left.isEmpty()) {
            int best = 0;
            double bestKm = here.kmTo(left.getFirst().at());
            for (int i = 1; i < left.size(); i++) {
                double km = here.kmTo(left.get(i).at());
                if (km < bestKm - EPSILON_KM) {
                    best = i;
                    bestKm = km;
                }
            }
            Stop next = left.remove(best);
            tour.add(next);
            here = next.at();
        }
        return tour;
    }

    /**
     * 2-opt on an open path whose first point is fixed (the start): reversing stops i..k replaces the edges
     * (i-1 → i) and (k → k+1) by (i-1 → k) and (i → k+1); the last stop has no outgoing edge.
     */
    private static void twoOpt(GeoPoint start, List<Stop> tour) {
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < tour.size() - 1; i++) {
                GeoPoint before = i == 0 ? start : tour.get(i - 1).at();
                for (int k = i + 1; k < tour.size(); k++) {
                    GeoPoint first = tour.get(i).at();
                    GeoPoint last = tour.get(k).at();
                    double removed = before.kmTo(first);
                    double added = before.kmTo(last);
                    if (k + 1 < tour.size()) {
                        GeoPoint after = tour.get(k + 1).at();
                        removed += last.kmTo(after);
                        added += first.kmTo(after);
                    }
                    if (added < removed - EPSILON_KM) {
                        reverse(tour, i, k);
                        improved = true;
                    }
                }
            }
        }
    }

    private static void reverse(List<Stop> tour, int from, int to) {
        for (int i = from, j = to; i < j; i++, j--) {
            Stop swap = tour.get(i);
            tour.set(i, tour.get(j));
            tour.set(j, swap);
        }
    }

    static double length(GeoPoint start, List<Stop> tour) {
        double km = 0;
        GeoPoint here = start;
        for (Stop stop : tour) {
            km += here.kmTo(stop.at());
            here = stop.at();
        }
        return km;
    }
}
