package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.agenda.AgendaEntry;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskQueries;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Instant;
import java.util.Optional;

public final class DynamoTaskQueries implements TaskQueries {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;
    private final DynamoAgendaQueries agenda;

    public DynamoTaskQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
        this.agenda = new DynamoAgendaQueries(dynamo, table);
    }

    /** GetItem on the open task item in the client's partition. */
    @Override
    public Optional<Task> findOpen(String tenantId, String clientId, String taskId) {
        var response = dynamo.getItem(g -> g.tableName(table)
                .key(Keys.key(Keys.client(tenantId, clientId), Keys.openTaskSk(taskId))));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), Task.class)) : Optional.empty();
    }

    /**
     * Query GSI1 (assignee's agenda) with due-time sort key below {@code before}: overdue and due, earliest first.
     * The agenda also holds the assignee's open leads; they are no tasks and are left out (a page may hold fewer
     * items than asked for; its cursor still continues after them).
     */
    @Override
    public Page<Task> openFor(String tenantId, String assigneeId, Instant before, PageRequest page) {
        Page<AgendaEntry> entries = agenda.dueFor(tenantId, assigneeId, before, page);
        return new Page<>(entries.items().stream().filter(e -> !e.isLead()).map(AgendaEntry::task).toList(),
                entries.nextCursor());
    }

    /** Query PK = client, SK begins_with "DONE#TASK#". */
    @Override
    public Page<Task> done(String tenantId, String clientId, PageRequest page) {
        return query.page(null, Keys.client(tenantId, clientId), PagedQuery.SortCondition.beginsWith(Keys.DONE_TASK_PREFIX),
                true, page, Task.class);
    }
}
