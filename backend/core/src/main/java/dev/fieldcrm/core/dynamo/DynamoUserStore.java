package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Users of a tenant live in one partition: GetItem for one, Query for all. */
public final class DynamoUserStore implements UserStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoUserStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<User> find(String tenantId, String userId) {
        var response = dynamo.getItem(g -> g.tableName(table).key(Keys.user(tenantId, userId)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), User.class)) : Optional.empty();
    }

    @Override
    public List<User> list(String tenantId) {
        List<User> users = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamo.query(q -> q.tableName(table).keyConditionExpression("PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.users(tenantId))))
                    .exclusiveStartKey(from));
            page.items().forEach(item -> users.add(ItemCodec.decode(item, User.class)));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return users;
    }

    @Override
    public void save(String tenantId, User user) {
        dynamo.putItem(p -> p.tableName(table).item(ItemCodec.encode(user, Keys.of(tenantId, user))));
    }
}
