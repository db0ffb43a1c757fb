package dev.fieldcrm.core.sync;

import dev.fieldcrm.core.shared.Stamp;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A place in a user's feed: the sort key of a feed entry ({@code <stamp>#<streamEventId>#<nnn>}) or a bare instant
 * ({@code <stamp>}, which sorts before every entry of that second). Fixed-width UTC stamps sort as time does.
 */
public record FeedPosition(String value) implements Comparable<FeedPosition> {
    private static final Pattern SHAPE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z(#[A-Za-z0-9._:-]{1,128}#\\d{3})?");

    public FeedPosition {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidSyncCursor();
        }
    }

    /** The start of the second of {@code at}: before every entry written for that second. */
    public static FeedPosition at(Instant at) {
        return new FeedPosition(Stamp.sortable(at));
    }

    /** The {@code n}-th entry written for one stream event: the same event always yields the same positions. */
    public static FeedPosition entry(Instant at, String eventId, int n) {
        return new FeedPosition(Stamp.sortable(at) + "#" + eventId + "#" + String.format("%03d", n));
    }

    public Instant instant() {
        return Instant.parse(value.substring(0, 20));
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
