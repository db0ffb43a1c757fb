package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.hygiene.HygieneSettings;
import dev.fieldcrm.core.hygiene.HygieneSettingsQueries;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A tenant's hygiene settings: one GetItem of {@code T#t#SETTINGS} / {@code HYGIENE}; absent = defaults, version 0. */
public final class DynamoHygieneSettingsQueries implements HygieneSettingsQueries {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoHygieneSettingsQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public HygieneSettings get(String tenantId) {
        return SettingsItem.get(dynamo, table, HygieneKeys.settings(tenantId), HygieneSettings.class, HygieneSettings::defaults);
    }
}
