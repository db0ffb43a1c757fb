package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.plans.Plan;
import dev.fieldcrm.core.plans.PlanChange;
import dev.fieldcrm.core.plans.PlanStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Plans on DynamoDB (keys in {@link PlanKeys}). */
public final class DynamoPlanStore implements PlanStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPlanStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** GetItem {@code T#t#PLAN#<month>} / {@code <team>#<rep>}, consistent. */
    @Override
    public Optional<Plan> find(String tenantId, YearMonth month, String teamId, String ownerId) {
        var response = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Keys.key(PlanKeys.month(tenantId, month), PlanKeys.sk(teamId, ownerId))));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), Plan.class)) : Optional.empty();
    }

    /** Query {@code T#t#PLAN#<month>}, [begins_with(SK, "<team>#")], every page (one item per rep of the tenant). */
    @Override
    public List<Plan> month(String tenantId, YearMonth month, String teamId) {
        return PrefixQuery.all(dynamo, table, PlanKeys.month(tenantId, month), teamId == null ? null : teamId + "#")
                .stream().map(item -> ItemCodec.decode(item, Plan.class)).toList();
    }

    /** Query {@code T#t#PLANLOG#<month>}, [begins_with(SK, "<team>#[<rep>#]")], every page. */
    @Override
    public List<PlanChange> changes(String tenantId, YearMonth month, String teamId, String ownerId) {
        return PrefixQuery.all(dynamo, table, PlanKeys.log(tenantId, month), PlanKeys.logPrefix(teamId, ownerId))
                .stream().map(item -> ItemCodec.decode(item, PlanChange.class)).toList();
    }
}
