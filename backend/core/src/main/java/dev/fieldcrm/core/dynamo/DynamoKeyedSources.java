package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.analytics.KeyedSources;
import dev.fieldcrm.core.deals.StageChange;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadStatus;
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
 * pages), sort key between the window's bounds: GSI3 {@code LEADS#OWNER#owner} once per lead status, GSI1
 * {@code MOVES#OWNER#owner}, GSI1 agenda (open steps by due time), GSI2 {@code STEPS#DUE#owner} and GSI1
 * {@code STEPS#DONE#owner} (done steps by due and by completion time), GSI1 {@code PAYMENTS#OWNER#owner}: five
 * Queries plus one per lead status; for the leads without an owner one Query per status of the tenant's list.
 */
public final class DynamoKeyedSources implements KeyedSources {
    private final PagedQuery query;

    public DynamoKeyedSources(DynamoDbClient dynamo, String table) {
        this.query = new PagedQuery(dynamo, table);
    }

    @Override
    public void each(String tenantId, String ownerId, Instant from, Instant to, Consumer<Object> record) {
        leads(tenantId, ownerId, from, to, record);
        if (ownerId == null) {
            return;
        }
        PagedQuery.SortCondition window = PagedQuery.SortCondition.during("", from, to);
        all(DealKeys.MOVES_INDEX, DealKeys.movesByOwner(tenantId, ownerId), window, StageChange.class, record);
        all(TableDesign.AGENDA_INDEX, OrderKeys.paymentsByOwner(tenantId, ownerId), window, Payment.class, record);
        // A step due and done in the window is on both done-step indexes: hand it over once.
        Set<String> steps = new HashSet<>();
        Consumer<Task> step = task -> {
            if (steps.add(task.id())) {
                record.accept(task);
            }
        };
        // The agenda holds the owner's open leads too (counted above): only its tasks are steps.
        Pages.each(page -> query.page(TableDesign.AGENDA_INDEX, Keys.agenda(tenantId, ownerId), window, false, page,
                PagedQuery.Filter.none(), DynamoAgendaQueries::decode), entry -> {
            if (!entry.isLead()) {
                step.accept(entry.task());
            }
        });
        all(TableDesign.JOURNAL_INDEX, Keys.stepsDue(tenantId, ownerId), window, Task.class, step);
        all(TableDesign.AGENDA_INDEX, Keys.stepsDone(tenantId, ownerId), window, Task.class, step);
    }

    /**
     * The leads created in the window, from the lists the inbox reads (sorted {@code <status>#<createdAt>#<id>}): one
     * Query per status — the owner's list, or for leads without an owner the tenant's list, keeping those without
     * one. GSI1 is not free on a lead: an open one sits on its owner's agenda there.
     */
    private void leads(String tenantId, String ownerId, Instant from, Instant to, Consumer<Object> record) {
        for (LeadStatus status : LeadStatus.values()) {
            PagedQuery.SortCondition window = PagedQuery.SortCondition.during(status + "#", from, to);
            if (ownerId == null) {
                all(TableDesign.JOURNAL_INDEX, LeadKeys.leads(tenantId), window, Lead.class, lead -> {
                    if (lead.ownerId() == null) {
                        record.accept(lead);
                    }
                });
            } else {
                all(TableDesign.OWNER_INDEX, LeadKeys.leadsByOwner(tenantId, ownerId), window, Lead.class, record);
            }
        }
    }

    private <T> void all(String index, String partition, PagedQuery.SortCondition window, Class<T> type,
                         Consumer<? super T> record) {
        Pages.each(page -> query.page(index, partition, window, false, page, type), record);
    }
}
