package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.agenda.AgendaEntry;
import dev.fieldcrm.core.agenda.AgendaQueries;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Stamp;
import dev.fieldcrm.core.tasks.Task;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.Map;

/** The agenda index (GSI1 {@code T#t#AGENDA#<assignee>}): open tasks and open leads, each decoded by its {@code ET}. */
public final class DynamoAgendaQueries implements AgendaQueries {
    private static final String LEAD_TYPE = EntityTypes.nameOf(Lead.class);

    private final PagedQuery query;

    public DynamoAgendaQueries(DynamoDbClient dynamo, String table) {
        this.query = new PagedQuery(dynamo, table);
    }

    /** Query GSI1 with due-time sort key below {@code before}: overdue and due, earliest first. */
    @Override
    public Page<AgendaEntry> dueFor(String tenantId, String assigneeId, Instant before, PageRequest page) {
        return query.page(TableDesign.AGENDA_INDEX, Keys.agenda(tenantId, assigneeId),
                PagedQuery.SortCondition.below(Stamp.sortable(before)), false, page, PagedQuery.Filter.none(),
                DynamoAgendaQueries::decode);
    }

    /** An agenda index item as what it is: a task or, by its entity type, a lead. */
    static AgendaEntry decode(Map<String, AttributeValue> item) {
        AttributeValue type = item.get(ItemCodec.ENTITY_TYPE);
        return type != null && LEAD_TYPE.equals(type.s())
                ? AgendaEntry.of(ItemCodec.decode(item, Lead.class))
                : AgendaEntry.of(ItemCodec.decode(item, Task.class));
    }
}
