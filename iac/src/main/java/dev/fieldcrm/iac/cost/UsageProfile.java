package dev.fieldcrm.iac.cost;

import java.util.Map;

/**
 * What one active rep does, per working day, in terms of the benchmarked operations, and what the worker does for
 * it. The numbers are assumptions (docs/cost.md states them); the measured part is what each operation costs.
 *
 * @param operationsPerDay      benchmark operation name → requests per rep per working day
 * @param workingDays           per month
 * @param streamUnitsPerWrite   the worker's read and write units per written change (listeners re-read and update
 *                              aggregates; estimated from docs/data-model.md, not benchmarked)
 * @param workerGbSecondsPerChange the worker's Lambda time per written change, GB-s (assumed: 20 ms at 1 GB; records
 *                              arrive in batches of up to 100, so invocations are fewer than changes)
 * @param digestUnits           request units of one daily digest (ADR 19: 8 calls, measured)
 * @param emailsPerDay          digests and reminders by email
 * @param pushesPerDay          push notifications
 * @param storedMegabytes       the rep's share of the table (clients, journal, deals, orders)
 * @param logKilobytesPerRequest access log + function log per API request
 */
public record UsageProfile(Map<String, Double> operationsPerDay, int workingDays, double streamUnitsPerWrite,
                           double workerGbSecondsPerChange, double digestUnits, double emailsPerDay, double pushesPerDay, double storedMegabytes,
                           double logKilobytesPerRequest) {

    /**
     * The field rep: 15 interactions logged and 40 cards opened a day, plus the rest of a day's work: 10
     * searches, 20 phone pulls (sync feed pages), one website lead and one dashboard view (a manager's per rep).
     */
    public static final UsageProfile FIELD_REP = new UsageProfile(Map.of(
            "log", 15.0, "card", 40.0, "agenda", 10.0, "move", 3.0, "order20", 2.0, "receivables", 5.0,
            "search", 10.0, "sync", 20.0, "lead", 1.0, "dashboard", 1.0),
            22, 6.0, 0.02, 8.0, 2.0, 5.0, 50.0, 1.5);
}
