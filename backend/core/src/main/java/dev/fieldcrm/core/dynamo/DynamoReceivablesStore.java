package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.orders.Receivables;
import dev.fieldcrm.core.reports.ReceivablesShare;
import dev.fieldcrm.core.reports.ReceivablesStore;
import dev.fieldcrm.core.reports.ReceivablesTally;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Receivables shares and tallies on the single table (keys in {@link ReportKeys}). */
public final class DynamoReceivablesStore implements ReceivablesStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoReceivablesStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** One BatchGetItem (consistent) of the client's profile, {@code CARD#RECEIVABLES} and {@code RECVSHARE}. */
    @Override
    public ClientState client(String tenantId, String clientId) {
        String pk = Keys.client(tenantId, clientId);
        Client client = null;
        Receivables receivables = Receivables.none(clientId);
        ReceivablesShare share = ReceivablesShare.none(clientId);
        for (Map<String, AttributeValue> item : BatchReads.get(dynamo, table, List.of(Keys.key(pk, Keys.PROFILE),
                Keys.key(pk, OrderKeys.RECEIVABLES), Keys.key(pk, ReportKeys.SHARE)), true)) {
            switch (item.get(TableDesign.SK).s()) {
                case Keys.PROFILE -> client = ItemCodec.decode(item, Client.class);
                case OrderKeys.RECEIVABLES -> receivables = ItemCodec.decode(item, Receivables.class);
                default -> share = ItemCodec.decode(item, ReceivablesShare.class);
            }
        }
        return new ClientState(client == null ? null : client.ownerId(), client == null ? null : client.teamId(), receivables, share);
    }

    /** Query {@code T#t#AGG#CURRENT}, [begins_with(SK, "<team>#")], every page (one item per rep). */
    @Override
    public List<ReceivablesTally.Counters> team(String tenantId, String teamId) {
        return PrefixQuery.all(dynamo, table, ReportKeys.receivables(tenantId), teamId == null ? null : teamId + "#")
                .stream().map(DynamoReceivablesStore::counters).toList();
    }

    /** GetItem {@code T#t#AGG#CURRENT} / {@code <team>#<owner>}. */
    @Override
    public Optional<ReceivablesTally.Counters> owner(String tenantId, String teamId, String ownerId) {
        var response = dynamo.getItem(g -> g.tableName(table)
                .key(Keys.key(ReportKeys.receivables(tenantId), ReportKeys.ownerSk(teamId, ownerId))));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(counters(response.item())) : Optional.empty();
    }

    private static ReceivablesTally.Counters counters(Map<String, AttributeValue> item) {
        Map<String, BigDecimal> values = new HashMap<>();
        item.forEach((name, value) -> {
            if (ReceivablesTally.isCounter(name) && value.n() != null) {
                values.put(name, new BigDecimal(value.n()));
            }
        });
        return new ReceivablesTally.Counters(new ReceivablesTally(item.get("teamId").s(), item.get("ownerId").s()), values);
    }
}
