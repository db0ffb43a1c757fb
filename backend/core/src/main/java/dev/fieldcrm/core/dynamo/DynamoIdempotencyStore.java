package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.idempotency.IdempotencyRecord;
import dev.fieldcrm.core.idempotency.IdempotencyStore;
import dev.fieldcrm.core.shared.Caller;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.Optional;

/** Idempotency records are written by {@link DynamoChangeWriter} with the change they answer; read here by GetItem. */
public final class DynamoIdempotencyStore implements IdempotencyStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoIdempotencyStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<IdempotencyRecord> find(Caller caller, String key) {
        var response = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Keys.key(Keys.idempotency(caller.tenantId(), caller.userId(), key), "IDEMPOTENCY")));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        // TTL deletion lags by up to a couple of days: an expired record is treated as gone.
        var expiresAt = response.item().get(TableDesign.TTL_ATTRIBUTE);
        if (expiresAt != null && Long.parseLong(expiresAt.n()) < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(ItemCodec.decode(response.item(), IdempotencyRecord.class));
    }
}
