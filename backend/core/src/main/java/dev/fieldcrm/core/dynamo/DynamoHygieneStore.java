package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.hygiene.DealHygiene;
import dev.fieldcrm.core.hygiene.HygieneStore;
import dev.fieldcrm.core.hygiene.Offence;
import dev.fieldcrm.core.hygiene.OffenceTally;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Offences, per-deal summaries and tallies (keys in {@link HygieneKeys}). */
public final class DynamoHygieneStore implements HygieneStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;

    public DynamoHygieneStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
    }

    /** GetItem PK = deal, SK = HYGIENE (consistent: the evaluator diffs against it). */
    @Override
    public DealHygiene summary(String tenantId, String dealId) {
        var response = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Keys.key(DealKeys.deal(tenantId, dealId), HygieneKeys.SUMMARY)));
        return response.hasItem() && !response.item().isEmpty()
                ? ItemCodec.decode(response.item(), DealHygiene.class) : DealHygiene.none(dealId);
    }

    /** Query PK = rule partition, [begins_with(SK, owner#)]. */
    @Override
    public Page<Offence> byRule(String tenantId, String ruleId, String ownerId, PageRequest page) {
        return query.page(null, HygieneKeys.rule(tenantId, ruleId),
                ownerId == null ? PagedQuery.SortCondition.none() : PagedQuery.SortCondition.beginsWith(ownerId + "#"),
                false, page, Offence.class);
    }

    /** Query GSI3 = owner's offences, [begins_with rule prefix]. */
    @Override
    public Page<Offence> byOwner(String tenantId, String ownerId, String rulePrefix, PageRequest page) {
        return query.page(TableDesign.OWNER_INDEX, HygieneKeys.byOwner(tenantId, ownerId), prefix(rulePrefix), false, page, Offence.class);
    }

    /** Query GSI4 = team's offences, [begins_with rule prefix]. */
    @Override
    public Page<Offence> byTeam(String tenantId, String teamId, String rulePrefix, PageRequest page) {
        return query.page(TableDesign.TEAM_INDEX, HygieneKeys.byTeam(tenantId, teamId), prefix(rulePrefix), false, page, Offence.class);
    }

    /** Query PK = tally partition, [begins_with(SK, team#)], following pages. */
    @Override
    public List<OffenceTally> tallies(String tenantId, String teamId) {
        return PrefixQuery.all(dynamo, table, HygieneKeys.tallies(tenantId), teamId == null ? null : teamId + "#")
                .stream().map(DynamoHygieneStore::tally).toList();
    }

    private static OffenceTally tally(Map<String, AttributeValue> item) {
        Map<String, Long> counts = new HashMap<>();
        item.forEach((name, value) -> {
            if (OffenceTally.isCounter(name) && value.n() != null) {
                counts.put(name, Long.parseLong(value.n()));
            }
        });
        return new OffenceTally(new OffenceTally.Key(item.get("teamId").s(), item.get("ownerId").s()), counts);
    }

    private static PagedQuery.SortCondition prefix(String rulePrefix) {
        return rulePrefix == null ? PagedQuery.SortCondition.none() : PagedQuery.SortCondition.beginsWith(rulePrefix);
    }
}
