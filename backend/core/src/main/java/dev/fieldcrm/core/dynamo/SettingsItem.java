package dev.fieldcrm.core.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.function.Supplier;

/** One settings item of the tenant's settings partition: one GetItem; absent = the defaults (version 0). */
final class SettingsItem {
    private SettingsItem() {
    }

    static <T> T get(DynamoDbClient dynamo, String table, Map<String, AttributeValue> key, Class<T> type,
                     Supplier<T> defaults) {
        var response = dynamo.getItem(g -> g.tableName(table).key(key));
        return response.hasItem() && !response.item().isEmpty() ? ItemCodec.decode(response.item(), type) : defaults.get();
    }
}
