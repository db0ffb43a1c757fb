package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.integrations.Integration;
import dev.fieldcrm.core.integrations.IntegrationKey;
import dev.fieldcrm.core.integrations.IntegrationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Inbound integrations and their public key items (keys in {@link IntegrationKeys}). */
public final class DynamoIntegrationStore implements IntegrationStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoIntegrationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** One Query PK = {@code T#t#INTEGRATIONS}, {@code begins_with(SK, "INT#")} (≤ 20 items, one page). */
    @Override
    public List<Integration> integrations(String tenantId) {
        QueryResponse response = dynamo.query(q -> q.tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", TableDesign.PK, "#sk", TableDesign.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(IntegrationKeys.integrations(tenantId)),
                        ":prefix", AttributeValue.fromS(IntegrationKeys.PREFIX))));
        List<Integration> found = new ArrayList<>(response.count());
        response.items().forEach(item -> found.add(ItemCodec.decode(item, Integration.class)));
        return found;
    }

    /** GetItem, strongly consistent (an update conditions its write on the version read here). */
    @Override
    public Optional<Integration> integration(String tenantId, String integrationId) {
        return get(IntegrationKeys.integration(tenantId, integrationId), Integration.class, true);
    }

    /**
     * GetItem, eventually consistent: the events endpoint's one read (half the cost). A rotated secret or a
     * switch-off is seen within about a second.
     */
    @Override
    public Optional<IntegrationKey> byKey(String key) {
        return get(IntegrationKeys.publicKey(key), IntegrationKey.class, false);
    }

    private <T> Optional<T> get(Map<String, AttributeValue> key, Class<T> type, boolean consistent) {
        var response = dynamo.getItem(g -> g.tableName(table).consistentRead(consistent).key(key));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), type)) : Optional.empty();
    }
}
