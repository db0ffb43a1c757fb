package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.analytics.KeyedSources;
import dev.fieldcrm.core.deals.StageChange;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.orders.Payment;
import dev.fieldcrm.core.shared.Pages;
import dev.fieldcrm.core.tasks.Task;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The reconciliation's keyed sources on the single table. For an owner and a window, Queries (each following its
 * pages), sort key between the window's bounds: GSI1 {@code LEADS#CREATED#owner}, GSI1 {@code MOVES#OWNER#owner},
 * GSI1 agenda (open steps by due time), GSI2 {@code STEPS#DUE#owner} and GSI1 {@code STEPS#DONE#owner} (done steps
 * by due and by completion time), GSI1 {@code PAYMENTS#OWNER#owner}: six Queries; for the leads without an owner one.
 */
public final class DynamoKeyedSources implements KeyedSources {
    private final PagedQuery query;

    public DynamoKeyedSources(DynamoDbClient dynamo, String table) {
        this.query = new PagedQuery(dynamo, table);
    }

    @Override
    public void each(String tenantId, String ownerId, Instant from, Instant to, Consumer<Object> record) {
        PagedQuery.SortCondition window = PagedQuery.SortCondition.during("", from, to);
        all(TableDesign.AGENDA_INDEX, LeadKeys.leadsCreated(tenantId, ownerId), window, Lead.class, record);
        if (ownerId == null) {
            return;
        }
        all(DealKeys.MOVES_INDEX, DealKeys.movesByOwner(tenantId, ownerId), window, StageChange.class, record);
        all(TableDesign.AGENDA_INDEX, OrderKeys.paymentsByOwner(tenantId, ownerId), window, Payment.class, record);
        // A step due and done in the window is on both done-step indexes: hand it over once.
        Set<String> steps = new HashSet<>();
        Consumer<Task> step = task -> {
            if (steps.add(task.id())) {
                record.accept(task);
            }
        };
        all(TableDesign.AGENDA_INDEX, Keys.agenda(tenantId, ownerId), window, Task.class, step);
        all(TableDesign.JOURNAL_INDEX, Keys.stepsDue(tenantId, ownerId), window, Task.class, step);
        all(TableDesign.AGENDA_INDEX, Keys.stepsDone(tenantId, ownerId), window, Task.class, step);
    }

    private <T> void all(String index, String partition, PagedQuery.SortCondition window, Class<T> type,
                         Consumer<? super T> record) {
        Pages.each(page -> query.page(index, partition, window, false, page, type), record);
    }
}
