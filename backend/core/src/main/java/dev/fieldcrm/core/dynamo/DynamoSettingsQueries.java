package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.audit.AuditEntry;
import dev.fieldcrm.core.deals.Pipeline;
import dev.fieldcrm.core.deals.SalesConfig;
import dev.fieldcrm.core.deals.SalesDefaults;
import dev.fieldcrm.core.deals.SalesSettings;
import dev.fieldcrm.core.deals.SettingsAuditEntry;
import dev.fieldcrm.core.deals.SettingsQueries;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
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
    private final PagedQuery query;

    public DynamoSettingsQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
    }

    /**
     * Query PK = settings partition, SK BETWEEN "PIPELINE#" AND "SALES": every PIPELINE# item and the SALES item (a
     * handful, far below a page). The audit trail ({@code AUDIT#…}) sorts before them and templates
     * ({@code TEMPLATE#…}, up to 100 KB each) after them: neither is read.
     */
    @Override
    public SalesConfig load(String tenantId) {
        QueryResponse response = dynamo.query(q -> q.tableName(table)
                .keyConditionExpression("PK = :pk AND SK BETWEEN :first AND :last")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.settings(tenantId)),
                        ":first", AttributeValue.fromS(DealKeys.PIPELINE_PREFIX),
                        ":last", AttributeValue.fromS(DealKeys.SALES))));
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

    /** Query PK = settings partition, SK begins_with "AUDIT#", newest first (paged). */
    @Override
    public Page<AuditEntry> history(String tenantId, PageRequest page) {
        Page<SettingsAuditEntry> entries = query.page(null, Keys.settings(tenantId),
                PagedQuery.SortCondition.beginsWith(Keys.AUDIT_PREFIX), true, page, SettingsAuditEntry.class);
        return new Page<>(entries.items().stream().map(SettingsAuditEntry::entry).toList(), entries.nextCursor());
    }
}
