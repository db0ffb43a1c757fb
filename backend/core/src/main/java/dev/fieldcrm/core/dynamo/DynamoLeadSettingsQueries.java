package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.leads.LeadSettings;
import dev.fieldcrm.core.leads.LeadSettingsQueries;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A tenant's lead settings: one GetItem of {@code T#t#SETTINGS} / {@code LEADS}; absent = defaults, version 0. */
public final class DynamoLeadSettingsQueries implements LeadSettingsQueries {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoLeadSettingsQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public LeadSettings get(String tenantId) {
        return SettingsItem.get(dynamo, table, LeadKeys.settings(tenantId), LeadSettings.class, LeadSettings::defaults);
    }
}
