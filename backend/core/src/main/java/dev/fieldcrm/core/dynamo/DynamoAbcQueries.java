package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.abc.AbcQueries;
import dev.fieldcrm.core.abc.AbcRun;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

public final class DynamoAbcQueries implements AbcQueries {
    private final PagedQuery query;

    public DynamoAbcQueries(DynamoDbClient dynamo, String table) {
        this.query = new PagedQuery(dynamo, table);
    }

    /** Query {@code T#t#ABC}, {@code begins_with(SK, "RUN#")}, newest first. */
    @Override
    public Page<AbcRun> runs(String tenantId, PageRequest page) {
        return query.page(null, AbcKeys.runs(tenantId), PagedQuery.SortCondition.beginsWith(AbcKeys.RUN_PREFIX), true,
                page, AbcRun.class);
    }
}
