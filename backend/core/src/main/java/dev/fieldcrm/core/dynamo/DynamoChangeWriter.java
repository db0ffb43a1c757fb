package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.idempotency.ReplayRace;
import dev.fieldcrm.core.shared.Duplicate;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.Sleep;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.store.GuardTaken;
import dev.fieldcrm.core.store.WriteContention;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.core.dynamo.ItemCodec.n;
import static dev.fieldcrm.core.dynamo.ItemCodec.s;
import static dev.fieldcrm.core.dynamo.TableDesign.PK;
import static dev.fieldcrm.core.dynamo.TableDesign.VERSION;

/**
 * Applies a change set as one {@code TransactWriteItems} call. Each conditional item asks for its old image
 * on failure, so a cancellation is explained without another read: the current version of a stale record,
 * or the record that already holds a unique value.
 */
public final class DynamoChangeWriter implements ChangeWriter {
    static final Duration IDEMPOTENCY_TTL = Duration.ofHours(24);
    /** The attribute of a replay guard naming the request that holds it. */
    static final String GUARD_HOLDER = "holderId";
    private static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";
    private static final String TRANSACTION_CONFLICT = "TransactionConflict";
    private static final int CONFLICT_ATTEMPTS = 4;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoChangeWriter(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void apply(String tenantId, ChangeSet set) {
        List<ChangeSet.Change> changes = new ArrayList<>();
        List<TransactWriteItem> items = new ArrayList<>();
        for (ChangeSet.Change change : mergeCounts(set.changes())) {
            for (TransactWriteItem item : toItems(tenantId, change)) {
                changes.add(change);
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(b -> b.transactItems(items));
                return;
            } catch (TransactionCanceledException e) {
                // Another transaction held one of the items at that instant: nothing was written and no condition
                // failed, so the same request may simply go again. The SDK does not retry cancellations itself.
                if (onlyConflicts(e) && attempt < CONFLICT_ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                if (onlyConflicts(e)) {
                    throw new WriteContention();
                }
                throw explain(changes, e);
            }
        }
    }

    /** Counts of one set that hit the same counter item become one (a transaction may touch an item only once). */
    private static List<ChangeSet.Change> mergeCounts(List<ChangeSet.Change> changes) {
        List<ChangeSet.Change> merged = new ArrayList<>();
        Map<Object, Map<String, java.math.BigDecimal>> counts = new java.util.LinkedHashMap<>();
        for (ChangeSet.Change change : changes) {
            if (change instanceof ChangeSet.Count c) {
                Map<String, java.math.BigDecimal> deltas = counts.computeIfAbsent(c.counter(), k -> new java.util.TreeMap<>());
                c.deltas().forEach((name, delta) -> deltas.merge(name, delta, java.math.BigDecimal::add));
            } else {
                merged.add(change);
            }
        }
        counts.forEach((counter, deltas) -> {
            deltas.values().removeIf(v -> v.signum() == 0);
            if (!deltas.isEmpty()) {
                merged.add(new ChangeSet.Count(counter, deltas));
            }
        });
        return merged;
    }

    private static boolean onlyConflicts(TransactionCanceledException e) {
        return e.hasCancellationReasons() && e.cancellationReasons().stream()
                .anyMatch(r -> TRANSACTION_CONFLICT.equals(r.code()))
                && e.cancellationReasons().stream().noneMatch(r -> CONDITIONAL_CHECK_FAILED.equals(r.code()));
    }

    private static void pause(int attempt) {
        Sleep.jittered(5L << attempt, 20L << attempt);
    }

    private List<TransactWriteItem> toItems(String tenantId, ChangeSet.Change change) {
        return switch (change) {
            case ChangeSet.Create c -> List.of(put(ItemCodec.encode(c.record(), Keys.of(tenantId, c.record())),
                    "attribute_not_exists(" + PK + ")", Map.of()));
            case ChangeSet.Replace r -> List.of(put(ItemCodec.encode(r.record(), Keys.of(tenantId, r.record())),
                    "#version = :expected", Map.of(":expected", n(r.expectedVersion()))));
            case ChangeSet.Move m -> List.of(
                    delete(Keys.primary(tenantId, m.from()), "#version = :expected", Map.of(":expected", n(m.expectedVersion()))),
                    put(ItemCodec.encode(m.to(), Keys.of(tenantId, m.to())), "attribute_not_exists(" + PK + ")", Map.of()));
            case ChangeSet.Claim c -> List.of(put(guardItem(tenantId, c.value(), c.owner()),
                    "attribute_not_exists(" + PK + ") OR (clientId = :client AND #contact = :contact)",
                    ownerValues(c.owner())));
            case ChangeSet.Release r -> List.of(delete(Keys.key(Keys.guard(tenantId, r.value()), "GUARD"),
                    "clientId = :client AND #contact = :contact", ownerValues(r.owner())));
            case ChangeSet.Audit a -> List.of(TransactWriteItem.builder().put(Put.builder().tableName(table)
                    .item(ItemCodec.encode(a.entry(), Keys.of(tenantId, a.entry()))).build()).build());
            case ChangeSet.Overwrite o -> List.of(TransactWriteItem.builder().put(Put.builder().tableName(table)
                    .item(ItemCodec.encode(o.record(), Keys.of(tenantId, o.record()))).build()).build());
            case ChangeSet.Remove r -> List.of(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(Keys.primary(tenantId, r.record())).build()).build());
            case ChangeSet.Withdraw w -> List.of(delete(Keys.primary(tenantId, w.record()), "attribute_exists(" + PK + ")", Map.of()));
            case ChangeSet.Count c -> List.of(count(tenantId, c));
            case ChangeSet.Guard g -> {
                Map<String, AttributeValue> item = new HashMap<>(LeadKeys.inboundGuard(tenantId, g.key()));
                item.put(GUARD_HOLDER, s(g.holderId()));
                item.put(TableDesign.TTL_ATTRIBUTE, n(g.expiresAt().getEpochSecond()));
                // TTL deletes lazily: a guard past its expiry may still be there and counts as free.
                yield List.of(put(item, "attribute_not_exists(" + PK + ") OR " + TableDesign.TTL_ATTRIBUTE + " < :now",
                        Map.of(":now", n(g.now().getEpochSecond()))));
            }
            case ChangeSet.Remember r -> {
                Map<String, AttributeValue> item = ItemCodec.encode(r.record(),
                        Keys.key(Keys.idempotency(tenantId, r.userId(), r.record().key()), "IDEMPOTENCY"));
                item.put(TableDesign.TTL_ATTRIBUTE, n(r.record().createdAt().plus(IDEMPOTENCY_TTL).getEpochSecond()));
                // An expired record may still be there (TTL deletes lazily): the key is free again then.
                yield List.of(put(item, "attribute_not_exists(" + PK + ") OR " + TableDesign.TTL_ATTRIBUTE + " < :now",
                        Map.of(":now", n(r.record().createdAt().getEpochSecond()))));
            }
        };
    }

    /** {@code ADD} each counter, {@code SET} the counter record's own fields (so a new item says whose it is). */
    private TransactWriteItem count(String tenantId, ChangeSet.Count c) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> adds = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, java.math.BigDecimal> delta : c.deltas().entrySet()) {
            names.put("#c" + i, delta.getKey());
            values.put(":c" + i, AttributeValue.fromN(delta.getValue().toPlainString()));
            adds.add("#c" + i + " :c" + i);
            i++;
        }
        Map<String, AttributeValue> fields = ItemCodec.encode(c.counter(), Map.of());
        int j = 0;
        for (Map.Entry<String, AttributeValue> field : fields.entrySet()) {
            names.put("#f" + j, field.getKey());
            values.put(":f" + j, field.getValue());
            sets.add("#f" + j + " = :f" + j);
            j++;
        }
        String expression = "ADD " + String.join(", ", adds) + (sets.isEmpty() ? "" : " SET " + String.join(", ", sets));
        return TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(Keys.primary(tenantId, c.counter()))
                .updateExpression(expression)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build()).build();
    }

    private static Map<String, AttributeValue> ownerValues(RecordRef owner) {
        return Map.of(":client", s(owner.clientId()), ":contact", s(contactOrNone(owner)));
    }

    private static String contactOrNone(RecordRef owner) {
        return owner.contactId() == null ? "-" : owner.contactId();
    }

    private Map<String, AttributeValue> guardItem(String tenantId, dev.fieldcrm.core.shared.UniqueValue value, RecordRef owner) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.key(Keys.guard(tenantId, value), "GUARD"));
        item.put("clientId", s(owner.clientId()));
        item.put("contactId", s(contactOrNone(owner)));
        if (owner.name() != null) {
            item.put("name", s(owner.name()));
        }
        return item;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        Put.Builder put = Put.builder().tableName(table).item(item).conditionExpression(condition)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        names(condition, put::expressionAttributeNames);
        if (!values.isEmpty()) {
            put.expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    private TransactWriteItem delete(Map<String, AttributeValue> key, String condition, Map<String, AttributeValue> values) {
        Delete.Builder delete = Delete.builder().tableName(table).key(key).conditionExpression(condition)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        if (!values.isEmpty()) {
            delete.expressionAttributeValues(values);
        }
        names(condition, delete::expressionAttributeNames);
        return TransactWriteItem.builder().delete(delete.build()).build();
    }

    // "version" is a DynamoDB reserved word, "contactId" is not but reads better beside it as a placeholder.
    private static void names(String condition, java.util.function.Consumer<Map<String, String>> sink) {
        Map<String, String> names = new HashMap<>();
        if (condition.contains("#version")) {
            names.put("#version", VERSION);
        }
        if (condition.contains("#contact")) {
            names.put("#contact", "contactId");
        }
        if (!names.isEmpty()) {
            sink.accept(names);
        }
    }

    private RuntimeException explain(List<ChangeSet.Change> changes, TransactionCanceledException e) {
        List<CancellationReason> reasons = e.cancellationReasons();
        for (int i = 0; i < reasons.size() && i < changes.size(); i++) {
            CancellationReason reason = reasons.get(i);
            if (!CONDITIONAL_CHECK_FAILED.equals(reason.code())) {
                continue;
            }
            Map<String, AttributeValue> old = reason.item() == null ? Map.of() : reason.item();
            return switch (changes.get(i)) {
                case ChangeSet.Create c -> new AlreadyExists(c.record());
                case ChangeSet.Replace r -> new VersionConflict(kind(r.record()), currentVersion(old));
                case ChangeSet.Move m -> new VersionConflict(kind(m.from()), currentVersion(old));
                case ChangeSet.Claim c -> new Duplicate(c.value(), new RecordRef(
                        old.getOrDefault("clientId", s("?")).s(),
                        "-".equals(old.getOrDefault("contactId", s("-")).s()) ? null : old.get("contactId").s(),
                        old.containsKey("name") ? old.get("name").s() : null));
                case ChangeSet.Release r -> new VersionConflict("unique " + r.value().kind().label(), -1);
                case ChangeSet.Remember r -> new ReplayRace();
                case ChangeSet.Guard g -> new GuardTaken(g.key(),
                        old.containsKey(GUARD_HOLDER) ? old.get(GUARD_HOLDER).s() : null);
                case ChangeSet.Overwrite o -> new IllegalStateException("unconditional put failed: " + kind(o.record()));
                case ChangeSet.Withdraw w -> new VersionConflict(kind(w.record()), -1);
                case ChangeSet.Remove r -> new IllegalStateException("unconditional delete failed: " + kind(r.record()));
                case ChangeSet.Count c -> new IllegalStateException("counter update failed: " + kind(c.counter()));
                case ChangeSet.Audit a -> new IllegalStateException("audit entry collided: " + a.entry().id());
            };
        }
        // Throttling or a conflicting transaction in flight: not a domain failure; the SDK already retried.
        return e;
    }

    private static long currentVersion(Map<String, AttributeValue> old) {
        AttributeValue version = old.get(VERSION);
        // No old image: the record is gone (e.g. a task completed meanwhile).
        return version == null ? -1 : Long.parseLong(version.n());
    }

    private static String kind(Object record) {
        return record.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
