package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.events.Change;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Optional;

/**
 * Turns one stream record's images into a {@link Change} of domain records. Items without an entity type (guards,
 * idempotency records, counters written before the type existed) are not changes of a record: they yield nothing.
 */
public final class StreamImages {
    private StreamImages() {
    }

    /**
     * @param eventId  the stream record's event id
     * @param keys     the item's primary key (always present in a stream record)
     * @param oldImage the item before the change, or null/empty
     * @param newImage the item after the change, or null/empty
     */
    public static Optional<Change> change(String eventId, Map<String, AttributeValue> keys,
                                          Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage) {
        AttributeValue pk = keys.get(TableDesign.PK);
        if (pk == null || pk.s() == null || !pk.s().startsWith("T#")) {
            return Optional.empty();
        }
        String tenantId = pk.s().substring(2, pk.s().indexOf('#', 2));
        Object before = decode(oldImage);
        Object after = decode(newImage);
        if (before == null && after == null) {
            return Optional.empty();
        }
        return Optional.of(new Change(tenantId, eventId, before, after));
    }

    private static Object decode(Map<String, AttributeValue> image) {
        if (image == null || image.isEmpty() || !image.containsKey(ItemCodec.ENTITY_TYPE)) {
            return null;
        }
        return EntityTypes.typeOf(image.get(ItemCodec.ENTITY_TYPE).s())
                .map(type -> (Object) ItemCodec.decode(image, type))
                .orElse(null);
    }
}
