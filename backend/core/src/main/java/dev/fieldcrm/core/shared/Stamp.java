package dev.fieldcrm.core.shared;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants as fixed-width UTC strings ({@code 2026-11-23T09:30:00Z}), so that sort keys built from them
 * order the same way as the instants do. Seconds precision is enough for an agenda and a journal.
 */
public final class Stamp {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private Stamp() {
    }

    public static String sortable(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
