package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealQueries;
import dev.fieldcrm.core.deals.DealTally;
import dev.fieldcrm.core.deals.DealView;
import dev.fieldcrm.core.deals.StageChange;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Deal reads on the single table; the keys are in {@link DealKeys}. */
public final class DynamoDealQueries implements DealQueries {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;

    public DynamoDealQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
    }

    /** GetItem PK = deal, SK = DEAL (strongly consistent: a write decision is based on it). */
    @Override
    public Optional<Deal> find(String tenantId, String dealId) {
        var response = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Keys.key(DealKeys.deal(tenantId, dealId), DealKeys.DEAL)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), Deal.class)) : Optional.empty();
    }

    /** BatchGetItem of PK = deal, SK = DEAL for each id (strongly consistent), retrying unprocessed keys. */
    @Override
    public List<Deal> findAll(String tenantId, List<String> dealIds) {
        if (dealIds.size() > 100) {
            throw new IllegalArgumentException("at most 100 deals per BatchGetItem, got " + dealIds.size());
        }
        List<Deal> found = new ArrayList<>();
        if (dealIds.isEmpty()) {
            return found;
        }
        List<Map<String, AttributeValue>> keys = dealIds.stream().distinct()
                .map(id -> Keys.key(DealKeys.deal(tenantId, id), DealKeys.DEAL)).toList();
        Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        while (!request.isEmpty()) {
            Map<String, KeysAndAttributes> pending = request;
            BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(pending));
            response.responses().getOrDefault(table, List.of()).forEach(item -> found.add(ItemCodec.decode(item, Deal.class)));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return found;
    }

    /**
     * Query PK = deal, SK >= "DEAL": the deal and its history ({@code HISTORY#…} sorts after {@code DEAL}); the audit
     * trail ({@code AUDIT#…}) sorts before it and is not read. Follows pages, though a deal's history is short.
     */
    @Override
    public Optional<DealView> withHistory(String tenantId, String dealId) {
        Deal deal = null;
        List<StageChange> history = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = dynamo.query(QueryRequest.builder().tableName(table)
                    .keyConditionExpression("PK = :pk AND SK >= :deal")
                    .expressionAttributeValues(Map.of(
                            ":pk", AttributeValue.fromS(DealKeys.deal(tenantId, dealId)),
                            ":deal", AttributeValue.fromS(DealKeys.DEAL)))
                    .exclusiveStartKey(start)
                    .build());
            for (Map<String, AttributeValue> item : response.items()) {
                String sk = item.get(TableDesign.SK).s();
                if (sk.equals(DealKeys.DEAL)) {
                    deal = ItemCodec.decode(item, Deal.class);
                } else if (sk.startsWith(DealKeys.HISTORY_PREFIX)) {
                    history.add(ItemCodec.decode(item, StageChange.class));
                }
            }
            start = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return deal == null ? Optional.empty() : Optional.of(new DealView(deal, history));
    }

    /** Query GSI3 = owner's deals, [begins_with pipeline#(stage#)]. */
    @Override
    public Page<Deal> byOwner(String tenantId, String ownerId, String sortPrefix, PageRequest page) {
        return query.page(DealKeys.OWNER_INDEX, DealKeys.byOwner(tenantId, ownerId), prefix(sortPrefix), false, page, Deal.class);
    }

    /** Query GSI4 = team's deals, [begins_with pipeline#(stage#)]. */
    @Override
    public Page<Deal> byTeam(String tenantId, String teamId, String sortPrefix, PageRequest page) {
        return query.page(DealKeys.TEAM_INDEX, DealKeys.byTeam(tenantId, teamId), prefix(sortPrefix), false, page, Deal.class);
    }

    /** Query GSI1 = the tenant's deals at one stage, by time in stage. */
    @Override
    public Page<Deal> byStage(String tenantId, String pipelineId, String stageId, PageRequest page) {
        return query.page(DealKeys.STAGE_INDEX, DealKeys.byStage(tenantId, pipelineId, stageId),
                PagedQuery.SortCondition.none(), false, page, Deal.class);
    }

    /** Query GSI2 = a client's deals, by creation. */
    @Override
    public Page<Deal> byClient(String tenantId, String clientId, PageRequest page) {
        return query.page(DealKeys.CLIENT_INDEX, DealKeys.byClient(tenantId, clientId),
                PagedQuery.SortCondition.none(), false, page, Deal.class);
    }

    /** GetItem PK = tally partition, SK = team#owner. */
    @Override
    public Optional<DealTally> tally(String tenantId, DealTally.Key key) {
        var response = dynamo.getItem(g -> g.tableName(table)
                .key(Keys.key(DealKeys.tallies(tenantId), DealKeys.tallySk(key))));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(tally(response.item())) : Optional.empty();
    }

    /**
     * Query PK = tally partition, [begins_with(SK, team#)]: one item per owner, so even a tenant-wide board reads
     * as many items as the tenant has reps with deals. Follows pages.
     */
    @Override
    public List<DealTally> tallies(String tenantId, String teamId) {
        return PrefixQuery.all(dynamo, table, DealKeys.tallies(tenantId), teamId == null ? null : teamId + "#")
                .stream().map(DynamoDealQueries::tally).toList();
    }

    private static DealTally tally(Map<String, AttributeValue> item) {
        Map<String, BigDecimal> counters = new HashMap<>();
        item.forEach((name, value) -> {
            if (DealTally.isCounter(name) && value.n() != null) {
                counters.put(name, new BigDecimal(value.n()));
            }
        });
        return new DealTally(new DealTally.Key(item.get("teamId").s(), item.get("ownerId").s()), counters);
    }

    private static PagedQuery.SortCondition prefix(String sortPrefix) {
        return sortPrefix == null ? PagedQuery.SortCondition.none() : PagedQuery.SortCondition.beginsWith(sortPrefix);
    }
}
