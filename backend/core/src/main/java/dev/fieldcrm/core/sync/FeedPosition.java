package dev.fieldcrm.core.sync;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * A place in a user's feed: the sort key of a feed entry ({@code <stamp>#<streamEventId>#<nnn>}) or a bare instant
 * ({@code <stamp>}, which sorts before every entry of that millisecond). Fixed-width UTC stamps with milliseconds
 * ({@code 2026-12-06T10:00:00.123Z}) sort as time does; milliseconds, unlike the seconds of other keys, so that a
 * change made right after a page was read is not placed before that page's cursor.
 */
public record FeedPosition(String value) implements Comparable<FeedPosition> {
    private static final Pattern SHAPE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z(#[A-Za-z0-9._:-]{1,128}#\\d{3})?");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    public FeedPosition {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidSyncCursor();
        }
    }

    /** The start of the millisecond of {@code at}: before every entry written for that millisecond. */
    public static FeedPosition at(Instant at) {
        return new FeedPosition(stamp(at));
    }

    /** The {@code n}-th entry written for one stream event: the same event always yields the same positions. */
    public static FeedPosition entry(Instant at, String eventId, int n) {
        return new FeedPosition(stamp(at) + "#" + eventId + "#" + String.format("%03d", n));
    }

    public Instant instant() {
        return Instant.parse(value.substring(0, 24));
    }

    private static String stamp(Instant at) {
        return STAMP.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    @Override
    public int compareTo(FeedPosition other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
