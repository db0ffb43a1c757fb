package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

/**
 * Adds one stream event's counter deltas to the monthly aggregates exactly once: the {@code ADD}s and a marker item
 * named after the event and the family go into one transaction, and the marker's creation is conditional, so the same
 * event applied again (redelivery, a batch retried from an earlier record, a stream reprocessed) writes nothing.
 *
 * <p>Use one family name per listener (e.g. {@code deals}, {@code activity}): two listeners counting the same event
 * each need their own marker.
 */
public final class AggregateUpdate {
    private final ChangeWriter writer;
    private final Clock clock;

    public AggregateUpdate(ChangeWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * @param deltas aggregate → counter name → amount to add (negative to subtract); empty writes nothing
     * @return true if the deltas were added now, false if this event's family was counted before (or nothing to add)
     */
    public boolean apply(String tenantId, String eventId, String family, Map<AggregateKey, Map<String, BigDecimal>> deltas) {
        ChangeSet set = changes(eventId, family, deltas);
        if (set.changes().size() <= 1) {
            return false;
        }
        try {
            writer.apply(tenantId, set);
            return true;
        } catch (AlreadyExists counted) {
            return false;
        }
    }

    /** The marker and the counts of one event, for callers that write them together with changes of their own. */
    public ChangeSet changes(String eventId, String family, Map<AggregateKey, Map<String, BigDecimal>> deltas) {
        ChangeSet set = new ChangeSet().create(AggregateMarker.of(eventId, family, clock.instant()));
        deltas.forEach(set::count);
        return set;
    }
}
