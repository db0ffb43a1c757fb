package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.deals.Pipeline;
import dev.fieldcrm.core.deals.SalesConfig;
import dev.fieldcrm.core.deals.SalesDefaults;
import dev.fieldcrm.core.deals.SalesSettings;
import dev.fieldcrm.core.deals.SettingsQueries;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tenant's sales configuration from its settings partition, defaults filling in what it has not stored. */
public final class DynamoSettingsQueries implements SettingsQueries {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSettingsQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Query PK = settings partition: the SALES item and every PIPELINE# item (a handful, far below a page). */
    @Override
    public SalesConfig load(String tenantId) {
        QueryResponse response = dynamo.query(q -> q.tableName(table)
                .keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(DealKeys.settings(tenantId)))));
        SalesSettings settings = SalesDefaults.settings();
        Map<String, Pipeline> pipelines = new LinkedHashMap<>();
        SalesDefaults.pipelines().forEach(p -> pipelines.put(p.id(), p));
        List<Pipeline> added = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            String sk = item.get(TableDesign.SK).s();
            if (sk.equals(DealKeys.SALES)) {
                settings = ItemCodec.decode(item, SalesSettings.class);
            } else if (sk.startsWith(DealKeys.PIPELINE_PREFIX)) {
                Pipeline stored = ItemCodec.decode(item, Pipeline.class);
                if (pipelines.containsKey(stored.id())) {
                    pipelines.put(stored.id(), stored);
                } else {
                    added.add(stored);
                }
            }
        }
        added.sort(Comparator.comparing(Pipeline::id));
        List<Pipeline> all = new ArrayList<>(pipelines.values());
        all.addAll(added);
        return new SalesConfig(settings, all);
    }
}
