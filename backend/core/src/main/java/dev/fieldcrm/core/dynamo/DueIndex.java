package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.shared.Stamp;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The worker's index of work that falls due at a time (a reminder, a retry, a webhook redelivery): the one place
 * where the scheduler looks, by Query, instead of scanning tenants.
 *
 * <p>An item that is due puts itself on the overloaded {@link #INDEX} under
 * {@code DUE#<kind>#<hour, UTC>#<shard>} with the sort key {@code <due time>#<tenant>#<id>}. The hour bucket keeps a
 * partition to one hour of one kind; the {@link #SHARDS} shards (by a hash of tenant and id) spread a busy hour
 * (every rep's 08:00 digest) over several partitions; the sort key lets the scheduler read exactly the span since
 * its last run. This is the only index partition that does not start with a tenant: the worker reads it to find
 * <em>which</em> tenant's item is due, and the item itself is then keyed by its tenant as everywhere else.
 * An item leaves the index by being rewritten without the due attributes (or with a later due time).
 */
public final class DueIndex {
    /** The overloaded index the due entries live on (items on it are never open tasks, the index's other use). */
    public static final String INDEX = TableDesign.AGENDA_INDEX;
    /** Partitions per kind and hour. */
    public static final int SHARDS = 8;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    private DueIndex() {
    }

    /** Adds the due-index attributes to an item's key map (from a {@code *Keys.of} method). */
    public static void put(Map<String, AttributeValue> keys, String kind, Instant dueAt, String tenantId, String id) {
        Keys.index(keys, INDEX, partition(kind, dueAt, shard(tenantId, id)), Stamp.sortable(dueAt) + "#" + tenantId + "#" + id);
    }

    static String partition(String kind, Instant hour, int shard) {
        return "DUE#" + kind + "#" + HOUR.format(hour) + "#" + shard;
    }

    static int shard(String tenantId, String id) {
        return Math.floorMod((tenantId + "#" + id).hashCode(), SHARDS);
    }
}
