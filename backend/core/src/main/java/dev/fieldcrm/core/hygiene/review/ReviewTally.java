package dev.fieldcrm.core.hygiene.review;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * One rep's numbers in one round (the history: "how often each rep appears, round by round"). Created with the round
 * ({@code rows}); the other counters move with the row changes in the same transaction, so they stay exact.
 */
public record ReviewTally(String roundId, String ownerId, String teamId, long rows, long fixed, long notFixed,
                          long warnings, long accepted) implements ReviewRecord {
    static final String FIXED = "fixed";
    static final String NOT_FIXED = "notFixed";
    static final String WARNINGS = "warnings";
    static final String ACCEPTED = "accepted";

    /** Names the counter item (its fields are set beside the counters). */
    public record Key(String roundId, String ownerId, String teamId) implements ReviewRecord {
        /** The tally a row counts in: its hit rep's, also after the deal changed hands. */
        static Key of(ReviewRow row) {
            return new Key(row.roundId(), row.hitOwnerId(), row.hitTeamId());
        }
    }

    public Key key() {
        return new Key(roundId, ownerId, teamId);
    }

    /** The counter deltas of a row moving from one status to another. */
    static Map<String, BigDecimal> moved(RowStatus from, RowStatus to) {
        Map<String, BigDecimal> deltas = new HashMap<>();
        add(deltas, counter(from), -1);
        add(deltas, counter(to), 1);
        deltas.values().removeIf(v -> v.signum() == 0);
        return deltas;
    }

    static Map<String, BigDecimal> one(String counter) {
        return Map.of(counter, BigDecimal.ONE);
    }

    private static String counter(RowStatus status) {
        return switch (status) {
            case FIXED -> FIXED;
            case NOT_FIXED -> NOT_FIXED;
            case NOT_PROCESSED -> null;
        };
    }

    private static void add(Map<String, BigDecimal> deltas, String counter, int delta) {
        if (counter != null) {
            deltas.merge(counter, BigDecimal.valueOf(delta), BigDecimal::add);
        }
    }
}
