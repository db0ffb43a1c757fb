package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.reports.AbcDistribution;
import dev.fieldcrm.core.abc.AbcCountsStore;
import dev.fieldcrm.core.abc.AbcOwnerCounts;
import dev.fieldcrm.core.abc.AbcResult;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An ABC run's counts per owner (keys in {@link AbcKeys}). */
public final class DynamoAbcOwnerCounts implements AbcDistribution.AbcOwnerCountsQueries, AbcCountsStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoAbcOwnerCounts(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Query {@code T#t#ABC#<runId>}, [begins_with(SK, "<team>#")], every page (one item per rep). */
    @Override
    public List<AbcOwnerCounts> owners(String tenantId, String runId, String teamId) {
        return PrefixQuery.all(dynamo, table, AbcKeys.ownerCounts(tenantId, runId), teamId == null ? null : teamId + "#")
                .stream().map(item -> ItemCodec.decode(item, AbcOwnerCounts.class)).toList();
    }

    @Override
    public List<AbcOwnerCounts> owners(String tenantId, String runId) {
        return owners(tenantId, runId, null);
    }

    /** BatchGetItem of the clients' {@code CARD#ABC} items, 100 keys a call. */
    @Override
    public Map<String, AbcResult> results(String tenantId, Collection<String> clientIds) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        clientIds.forEach(id -> keys.add(Keys.key(Keys.client(tenantId, id), AbcKeys.CARD_ABC)));
        Map<String, AbcResult> results = new HashMap<>();
        for (Map<String, AttributeValue> item : BatchReads.get(dynamo, table, keys)) {
            AbcResult result = ItemCodec.decode(item, AbcResult.class);
            results.put(result.clientId(), result);
        }
        return results;
    }
}
