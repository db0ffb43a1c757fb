package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.reminders.NotificationPreferences;
import dev.fieldcrm.core.reminders.Reminder;
import dev.fieldcrm.core.reminders.ReminderDispatcher;
import dev.fieldcrm.core.reminders.ReminderStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
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
