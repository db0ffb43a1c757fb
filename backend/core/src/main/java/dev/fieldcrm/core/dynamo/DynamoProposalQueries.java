package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.proposals.Proposal;
import dev.fieldcrm.core.proposals.ProposalQueries;
import dev.fieldcrm.core.proposals.ProposalTemplate;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Optional;

/** Proposals and the proposal template on the single table (keys in {@link ProposalKeys}). */
public final class DynamoProposalQueries implements ProposalQueries {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;

    public DynamoProposalQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
    }

    /** Query PK = client, SK begins_with "PROPOSAL#", newest first (ULIDs sort by creation time). */
    @Override
    public Page<Proposal> byClient(String tenantId, String clientId, PageRequest page) {
        return query.page(null, Keys.client(tenantId, clientId),
                PagedQuery.SortCondition.beginsWith(ProposalKeys.PROPOSAL_PREFIX), true, page, Proposal.class);
    }

    /** GetItem T#t#SETTINGS / TEMPLATE#proposal (strongly consistent: an admin sees the template just saved). */
    @Override
    public Optional<ProposalTemplate> template(String tenantId) {
        var response = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Keys.key(Keys.settings(tenantId), ProposalKeys.TEMPLATE_SK)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), ProposalTemplate.class)) : Optional.empty();
    }
}
