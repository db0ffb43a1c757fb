package dev.fieldcrm.core.dynamo;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.fieldcrm.core.sync.FeedEntry;
import dev.fieldcrm.core.sync.FeedPosition;
import dev.fieldcrm.core.sync.SyncChange;
import dev.fieldcrm.core.sync.SyncFeed;
import dev.fieldcrm.core.sync.SyncKind;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sync feed on the table. Entries carry no {@code ET}: they are not records, so the stream listeners (this feed's
 * own writer included) skip them. An entry holds the record as stored ({@code data}, a map) so that the API decodes it
 * into the record class and returns exactly the JSON of the record's own GET.
 */
public final class DynamoSyncFeed implements SyncFeed {
    /**
     * A record bigger than this (encoded as JSON) is placed without its data and the phone reads it with its GET. Records
     * are far smaller (an order of 200 lines is ≈ 100 KB), so this only keeps an entry below DynamoDB's 400 KB.
     */
    static final int MAX_DATA_CHARS = 300_000;
    /** A day longer than cursors are honoured, so a cursor the API accepts never points past deleted entries. */
    static final Duration KEPT = Duration.ofDays(dev.fieldcrm.core.sync.SyncService.FEED_DAYS + 1);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSyncFeed(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** BatchWriteItem of unconditional Puts (25 per call): a redelivered event rewrites the same keys and content. */
    @Override
    public void append(String tenantId, List<FeedEntry> entries) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(entries.size());
        for (FeedEntry entry : entries) {
            items.add(item(tenantId, entry));
        }
        BatchWrites.put(dynamo, table, items);
    }

    /**
     * One Query of the user's partition: {@code SK < until}, starting after {@code after} (ExclusiveStartKey: the
     * position need not be an entry), oldest first, strongly consistent.
     */
    @Override
    public FeedPage read(String tenantId, String userId, FeedPosition after, FeedPosition until, int limit) {
        QueryResponse response = dynamo.query(q -> q.tableName(table)
                .keyConditionExpression("#pk = :pk AND #sk < :until")
                .expressionAttributeNames(Map.of("#pk", TableDesign.PK, "#sk", TableDesign.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(SyncKeys.feed(tenantId, userId)),
                        ":until", AttributeValue.fromS(until.value())))
                .exclusiveStartKey(SyncKeys.entry(tenantId, userId, after))
                .consistentRead(true)
                .limit(limit));
        List<SyncChange> changes = new ArrayList<>(response.count());
        FeedPosition last = null;
        for (Map<String, AttributeValue> item : response.items()) {
            changes.add(change(item));
            last = new FeedPosition(item.get(TableDesign.SK).s());
        }
        return new FeedPage(changes, last, response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty());
    }

    private static Map<String, AttributeValue> item(String tenantId, FeedEntry entry) {
        SyncChange change = entry.change();
        Map<String, AttributeValue> item = new HashMap<>(SyncKeys.entry(tenantId, entry.userId(), entry.position()));
        item.put("kind", AttributeValue.fromS(change.kind().name()));
        item.put("id", AttributeValue.fromS(change.id()));
        if (change.clientId() != null) {
            item.put("clientId", AttributeValue.fromS(change.clientId()));
        }
        if (change.version() != null) {
            item.put("version", AttributeValue.fromN(change.version().toString()));
        }
        item.put("deleted", AttributeValue.fromBool(change.deleted()));
        item.put("at", AttributeValue.fromS(change.at().toString()));
        if (change.data() != null) {
            String json = json(change.data());
            if (json.length() <= MAX_DATA_CHARS) {
                item.put("data", AttributeValue.fromM(EnhancedDocument.fromJson(json).toMap()));
            }
        }
        Instant expires = entry.position().instant().plus(KEPT);
        item.put(TableDesign.TTL_ATTRIBUTE, AttributeValue.fromN(Long.toString(expires.getEpochSecond())));
        return item;
    }

    private static SyncChange change(Map<String, AttributeValue> item) {
        SyncKind kind = SyncKind.valueOf(item.get("kind").s());
        AttributeValue clientId = item.get("clientId");
        AttributeValue version = item.get("version");
        AttributeValue data = item.get("data");
        return new SyncChange(kind, item.get("id").s(), clientId == null ? null : clientId.s(),
                version == null ? null : Long.valueOf(version.n()), Boolean.TRUE.equals(item.get("deleted").bool()),
                Instant.parse(item.get("at").s()), data == null ? null : ItemCodec.decode(data.m(), kind.type()));
    }

    private static String json(Object record) {
        try {
            return StorageJson.MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + record.getClass().getSimpleName(), e);
        }
    }
}
