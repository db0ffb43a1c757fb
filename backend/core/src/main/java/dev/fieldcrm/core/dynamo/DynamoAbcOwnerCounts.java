package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.reports.AbcDistribution;
import dev.fieldcrm.core.abc.AbcOwnerCounts;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.List;

/** An ABC run's counts per owner (keys in {@link AbcKeys}). */
public final class DynamoAbcOwnerCounts implements AbcDistribution.AbcOwnerCountsQueries {
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
}
