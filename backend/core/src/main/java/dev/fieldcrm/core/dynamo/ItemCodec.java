package dev.fieldcrm.core.dynamo;

import com.fasterxml.jackson.core.JsonProcessingException;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

/**
 * Domain record ⇄ DynamoDB item. The record's fields become top-level attributes (readable in the console
 * and in stream images); key and index attributes, in upper case, are added beside them.
 */
public final class ItemCodec {
    /** Names the record type of an item, so that stream images can be decoded without guessing from keys. */
    public static final String ENTITY_TYPE = "ET";

    private ItemCodec() {
    }

    public static Map<String, AttributeValue> encode(Object record, Map<String, AttributeValue> keys) {
        try {
            String json = StorageJson.MAPPER.writeValueAsString(record);
            Map<String, AttributeValue> item = new HashMap<>(EnhancedDocument.fromJson(json).toMap());
            item.put(ENTITY_TYPE, AttributeValue.fromS(EntityTypes.nameOf(record.getClass())));
            item.putAll(keys);
            return item;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + record.getClass().getSimpleName(), e);
        }
    }

    public static <T> T decode(Map<String, AttributeValue> item, Class<T> type) {
        try {
            return StorageJson.MAPPER.readValue(EnhancedDocument.fromAttributeValueMap(item).toJson(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode " + type.getSimpleName(), e);
        }
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
