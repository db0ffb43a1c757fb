package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadQueries;
import dev.fieldcrm.core.leads.LeadStatus;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the leads inbox on the single table; the keys are in {@link LeadKeys}. */
public final class DynamoLeadQueries implements LeadQueries {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;

    public DynamoLeadQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
    }

    /** GetItem PK = lead, SK = LEAD (strongly consistent). */
    @Override
    public Optional<Lead> find(String tenantId, String leadId) {
        var response = dynamo.getItem(g -> g.tableName(table).consistentRead(true).key(LeadKeys.lead(tenantId, leadId)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), Lead.class)) : Optional.empty();
    }

    /** Query GSI3 = owner's leads, begins_with(status#), newest first. */
    @Override
    public Page<Lead> byOwner(String tenantId, String ownerId, LeadStatus status, PageRequest page) {
        return list(TableDesign.OWNER_INDEX, LeadKeys.leadsByOwner(tenantId, ownerId), status, page);
    }

    /** Query GSI4 = team's leads, begins_with(status#), newest first. */
    @Override
    public Page<Lead> byTeam(String tenantId, String teamId, LeadStatus status, PageRequest page) {
        return list(TableDesign.TEAM_INDEX, LeadKeys.leadsByTeam(tenantId, teamId), status, page);
    }

    /** Query GSI2 = the tenant's leads, begins_with(status#), newest first. */
    @Override
    public Page<Lead> all(String tenantId, LeadStatus status, PageRequest page) {
        return list(TableDesign.JOURNAL_INDEX, LeadKeys.leads(tenantId), status, page);
    }

    /** Query GSI2 = {@code T#t#INBOUND#FAILED}, newest first (only FAILED requests carry that index's keys). */
    @Override
    public Page<InboundRequest> failed(String tenantId, PageRequest page) {
        return query.page(TableDesign.JOURNAL_INDEX, LeadKeys.failedInbound(tenantId), PagedQuery.SortCondition.none(),
                true, page, InboundRequest.class);
    }

    /** BatchGetItem of {@code T#t#INBOUND#<id>} / {@code INBOUND} (eventually consistent: a display read). */
    @Override
    public List<InboundRequest> inbound(String tenantId, List<String> inboundIds) {
        List<Map<String, AttributeValue>> keys = inboundIds.stream().distinct()
                .map(id -> LeadKeys.inbound(tenantId, id)).toList();
        List<InboundRequest> found = new ArrayList<>();
        if (keys.isEmpty()) {
            return found;
        }
        for (Map<String, AttributeValue> item : BatchReads.get(dynamo, table, keys)) {
            found.add(ItemCodec.decode(item, InboundRequest.class));
        }
        return found;
    }

    private Page<Lead> list(String index, String partition, LeadStatus status, PageRequest page) {
        return query.page(index, partition, PagedQuery.SortCondition.beginsWith(status + "#"), true, page, Lead.class);
    }
}
