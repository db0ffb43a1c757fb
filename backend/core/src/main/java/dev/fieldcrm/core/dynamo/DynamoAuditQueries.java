package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.audit.AuditEntry;
import dev.fieldcrm.core.audit.AuditQueries;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

public final class DynamoAuditQueries implements AuditQueries {
    private final PagedQuery query;

    public DynamoAuditQueries(DynamoDbClient dynamo, String table) {
        this.query = new PagedQuery(dynamo, table);
    }

    /** Query PK = client, SK begins_with "AUDIT#", newest first. */
    @Override
    public Page<AuditEntry> history(String tenantId, String clientId, PageRequest page) {
        return query.page(null, Keys.client(tenantId, clientId), PagedQuery.SortCondition.beginsWith(Keys.AUDIT_PREFIX),
                true, page, AuditEntry.class);
    }
}
