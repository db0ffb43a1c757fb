package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.reminders.NotificationPreferences;
import dev.fieldcrm.core.reminders.Reminder;
import dev.fieldcrm.core.reminders.ReminderDispatcher;
import dev.fieldcrm.core.reminders.ReminderStore;
import dev.fieldcrm.core.users.User;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reminders feature's reads: GetItems by key, and the due index through {@link DynamoDueQueries}. */
public final class DynamoReminderStore implements ReminderStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoDueQueries due;

    public DynamoReminderStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.due = new DynamoDueQueries(dynamo, table);
    }

    /** GetItem {@code T#<t>#USER#<userId>} / {@code NOTIFY#PREFS}. */
    @Override
    public Optional<NotificationPreferences> preferences(String tenantId, String userId) {
        return get(ReminderKeys.preferences(tenantId, userId), NotificationPreferences.class);
    }

    /** GetItem {@code T#<t>#REMINDER#<slot>} / {@code REMINDER}, strongly consistent (the dispatcher re-checks it). */
    @Override
    public Optional<Reminder> reminder(String tenantId, String slot) {
        return get(ReminderKeys.reminder(tenantId, slot), Reminder.class);
    }

    /** BatchGetItem (consistent): {@code T#<t>#USERS} / {@code USER#<userId>} and the preferences. */
    @Override
    public RecipientRecords recipient(String tenantId, String userId) {
        return new Batch(tenantId).read(userId, null).recipient(userId);
    }

    /** BatchGetItem (consistent): the slot, and the expected recipient's user and preferences (as {@link #recipient}). */
    @Override
    public SlotRead slotWithRecipient(String tenantId, String slot, String expectedRecipientId) {
        Batch batch = new Batch(tenantId).read(expectedRecipientId, slot);
        return new SlotRead(batch.find(ReminderKeys.reminder(tenantId, slot), Reminder.class),
                batch.recipient(expectedRecipientId));
    }

    /** One BatchGetItem of a tenant's keys; the answers matched back to the keys (BatchGetItem keeps no order). */
    private final class Batch {
        private final String tenantId;
        private final Map<List<AttributeValue>, Map<String, AttributeValue>> items = new HashMap<>();

        Batch(String tenantId) {
            this.tenantId = tenantId;
        }

        Batch read(String userId, String slot) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            if (userId != null) {
                keys.add(Keys.user(tenantId, userId));
                keys.add(ReminderKeys.preferences(tenantId, userId));
            }
            if (slot != null) {
                keys.add(ReminderKeys.reminder(tenantId, slot));
            }
            if (!keys.isEmpty()) {
                BatchReads.get(dynamo, table, keys, true).forEach(item -> items.put(identity(item), item));
            }
            return this;
        }

        RecipientRecords recipient(String userId) {
            if (userId == null) {
                return new RecipientRecords(Optional.empty(), Optional.empty());
            }
            return new RecipientRecords(find(Keys.user(tenantId, userId), User.class),
                    find(ReminderKeys.preferences(tenantId, userId), NotificationPreferences.class));
        }

        <T> Optional<T> find(Map<String, AttributeValue> key, Class<T> type) {
            return Optional.ofNullable(items.get(identity(key))).map(item -> ItemCodec.decode(item, type));
        }

        private static List<AttributeValue> identity(Map<String, AttributeValue> item) {
            return List.of(item.get(TableDesign.PK), item.get(TableDesign.SK));
        }
    }

    @Override
    public Optional<Instant> checkpoint() {
        return due.checkpoint(ReminderDispatcher.KIND);
    }

    /** Queries GSI1 {@code DUE#reminder#<hour>#<shard>}: 8 per hour bucket of the span. */
    @Override
    public List<Due> due(Instant from, Instant to) {
        return due.due(ReminderDispatcher.KIND, from, to, Reminder.class).stream()
                .map(d -> new Due(d.tenantId(), d.record())).toList();
    }

    @Override
    public boolean advance(Optional<Instant> from, Instant to) {
        return due.advance(ReminderDispatcher.KIND, from, to);
    }

    private <T> Optional<T> get(Map<String, AttributeValue> key, Class<T> type) {
        var response = dynamo.getItem(g -> g.tableName(table).key(key).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), type)) : Optional.empty();
    }
}
