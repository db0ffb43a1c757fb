package dev.fieldcrm.core.hygiene.review;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A review round's header: written last, after its rows, so its stream insert (which sends the emails) means the
 * round is complete.
 *
 * @param id        sortable by creation time ({@code 20261207T060000Z-S} for a scheduled round)
 * @param createdBy {@value #SCHEDULE} or the user who asked for it
 * @param rows      rule id → rows of the rule
 */
public record ReviewRound(String id, Instant createdAt, Instant deadline, String createdBy, Map<String, Integer> rows)
        implements ReviewRecord {
    public static final String SCHEDULE = "schedule";

    public ReviewRound {
        rows = rows == null ? Map.of() : Map.copyOf(new TreeMap<>(rows));
    }

    public int total() {
        return rows.values().stream().mapToInt(Integer::intValue).sum();
    }
}
