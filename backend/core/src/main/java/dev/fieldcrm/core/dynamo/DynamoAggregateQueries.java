package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.analytics.AggregateKey;
import dev.fieldcrm.core.analytics.AggregateQueries;
import dev.fieldcrm.core.analytics.MonthAggregate;
import dev.fieldcrm.core.analytics.ReconciliationReport;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Aggregate reads on the single table; the keys are in {@link AggregateKeys}. */
public final class DynamoAggregateQueries implements AggregateQueries {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoAggregateQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Query PK = month partition, [begins_with(SK, team#)], following pages (one item per owner). */
    @Override
    public List<MonthAggregate> month(String tenantId, YearMonth month, String teamId) {
        return PrefixQuery.all(dynamo, table, AggregateKeys.month(tenantId, month.toString()), teamId == null ? null : teamId + "#")
                .stream().map(DynamoAggregateQueries::aggregate).toList();
    }

    /** GetItem PK = month partition, SK = team#owner. */
    @Override
    public Optional<MonthAggregate> owner(String tenantId, YearMonth month, String teamId, String ownerId) {
        AggregateKey key = AggregateKey.of(month, teamId, ownerId);
        var response = dynamo.getItem(g -> g.tableName(table).key(Keys.primary(tenantId, key)));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(aggregate(response.item())) : Optional.empty();
    }

    /** Query PK = the month's report partition (sorted by run time), following pages; returned latest first. */
    @Override
    public List<ReconciliationReport> reports(String tenantId, YearMonth month) {
        List<ReconciliationReport> reports = new ArrayList<>(PrefixQuery.all(dynamo, table, AggregateKeys.reports(tenantId, month.toString()), null)
                .stream().map(item -> ItemCodec.decode(item, ReconciliationReport.class)).toList());
        Collections.reverse(reports);
        return reports;
    }

    private static MonthAggregate aggregate(Map<String, AttributeValue> item) {
        Map<String, BigDecimal> counters = new HashMap<>();
        item.forEach((name, value) -> {
            if (MonthAggregate.isCounter(name) && value.n() != null) {
                counters.put(name, new BigDecimal(value.n()));
            }
        });
        return new MonthAggregate(new AggregateKey(item.get("month").s(), item.get("teamId").s(), item.get("ownerId").s()), counters);
    }
}
