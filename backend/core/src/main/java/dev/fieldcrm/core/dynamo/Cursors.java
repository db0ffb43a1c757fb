package dev.fieldcrm.core.dynamo;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fieldcrm.core.shared.ValidationFailed;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opaque list cursors. A cursor carries the last evaluated key; when it comes back, its partition
 * attribute must equal the partition of the query being continued, so a cursor cannot be used to read
 * another tenant's (or rep's) partition.
 */
public final class Cursors {
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private Cursors() {
    }

    public static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return null;
        }
        Map<String, String> plain = new LinkedHashMap<>();
        lastEvaluatedKey.forEach((name, value) -> plain.put(name, value.s()));
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(StorageJson.MAPPER.writeValueAsBytes(plain));
        } catch (Exception e) {
            throw new IllegalStateException("cannot encode cursor", e);
        }
    }

    /**
     * @param partitionAttribute the attribute holding the query's partition key (PK or a GSI's PK)
     * @param partitionValue     the partition the caller is allowed to page through
     */
    public static Map<String, AttributeValue> decode(String cursor, String partitionAttribute, String partitionValue) {
        if (cursor == null) {
            return null;
        }
        Map<String, String> plain;
        try {
            plain = StorageJson.MAPPER.readValue(Base64.getUrlDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII)), STRING_MAP);
        } catch (Exception e) {
            throw ValidationFailed.of("cursor", "is not a cursor returned by this list");
        }
        if (plain == null || !partitionValue.equals(plain.get(partitionAttribute))) {
            throw ValidationFailed.of("cursor", "is not a cursor returned by this list");
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        plain.forEach((name, value) -> key.put(name, AttributeValue.fromS(value)));
        return key;
    }
}
