package dev.fieldcrm.core.analytics;

import java.time.Duration;
import java.time.Instant;

/**
 * Proof that one stream event's deltas of one family were added: created ({@code attribute_not_exists}) in the same
 * transaction as the {@code ADD}s, so a redelivered or reprocessed event fails on it and counts nothing twice.
 * Expires after a week (a stream keeps records for 24 hours; the rest is margin for reprocessing by hand).
 *
 * @param family    which listener's deltas (several listeners may count the same event independently)
 * @param expiresAt epoch seconds, the table's TTL attribute
 */
public record AggregateMarker(String eventId, String family, Instant at, long expiresAt) implements AnalyticsRecord {
    public static final Duration LIFETIME = Duration.ofDays(7);

    public static AggregateMarker of(String eventId, String family, Instant now) {
        return new AggregateMarker(eventId, family, now, now.plus(LIFETIME).getEpochSecond());
    }
}
