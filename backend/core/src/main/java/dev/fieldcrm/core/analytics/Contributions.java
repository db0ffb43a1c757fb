package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealStatus;
import dev.fieldcrm.core.deals.StageChange;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.Payment;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one stored record, as it is now, adds to the monthly aggregates. The stream applies
 * {@code of(after) - of(before)} for every change, and the reconciliation adds up {@code of(record)} over the source
 * items; both use this one definition, so a reconciled counter means exactly what the stream maintains.
 *
 * <p>Every counter goes to the record's owner (a deal's, client's or order's owner, an interaction's author, a task's
 * assignee, a payment's client's owner when it was recorded, a stage move's deal owner at the move) and to the month and day of the event in that owner's time zone.
 */
public final class Contributions {
    private final Staff staff;
    private final Function<String, Optional<Client>> clients;

    /**
     * @param clients a client by id, for the owner of a payment recorded before payments kept it; reconciliation,
     *                which reads only payments that carry their owner, may give one that finds nothing
     */
    public Contributions(Staff staff, Function<String, Optional<Client>> clients) {
        this.staff = staff;
        this.clients = clients;
    }

    /** Whether changes of this record type move any counter. */
    public static boolean counts(Object record) {
        return record instanceof Deal || record instanceof StageChange || record instanceof Lead || record instanceof Interaction || record instanceof Task
                || record instanceof Client || record instanceof Order || record instanceof Payment;
    }

    /** The record's contribution (nothing for null or a record type that is not counted). */
    public AggregateDeltas of(Object record) {
        AggregateDeltas deltas = new AggregateDeltas();
        switch (record) {
            case Deal d -> deal(d, deltas);
            case StageChange move -> deltas.addAll(new StageFlows(staff).of(move), 1);
            case Lead l -> {
                String owner = l.ownerId() == null ? AggregateKey.NO_TEAM : l.ownerId();
                deltas.add(key(l.createdAt(), l.teamId(), owner), AggregateNames.sourceLeads(l.source()));
            }
            case Interaction i -> {
                AggregateKey key = key(i.occurredAt(), staff.teamOf(i.authorId()), i.authorId());
                deltas.add(key, AggregateNames.activity(day(i.occurredAt(), i.authorId()), i.type()));
                if (i.type() == InteractionType.VISIT) {
                    deltas.add(key, AggregateNames.FACT_VISITS);
                }
            }
            case Task t -> task(t, deltas);
            case Client c -> deltas.add(key(c.createdAt(), c.teamId(), c.ownerId()), AggregateNames.FACT_NEW_CLIENTS);
            case Order o -> {
                if (o.status().isSale() && o.orderedAt() != null) {
                    AggregateKey key = key(o.orderedAt(), o.teamId(), o.ownerId());
                    deltas.add(key, AggregateNames.FACT_ORDERS_COUNT);
                    deltas.add(key, AggregateNames.ordersAmount(o.currency()), o.gross());
                }
            }
            case Payment p when p.ownerId() != null ->
                    deltas.add(key(p.createdAt(), p.teamId(), p.ownerId()), AggregateNames.paid(p.currency()), p.amount());
            case Payment p -> clients.apply(p.clientId()).ifPresent(client ->
                    deltas.add(key(p.createdAt(), client.teamId(), client.ownerId()), AggregateNames.paid(p.currency()), p.amount()));
            case null, default -> {
            }
        }
        return deltas;
    }

    private void deal(Deal d, AggregateDeltas deltas) {
        AggregateKey created = key(d.createdAt(), d.teamId(), d.ownerId());
        deltas.add(created, AggregateNames.dealsCreated(d.pipelineId()));
        deltas.add(created, AggregateNames.sourceDeals(d.source()));
        if (d.partnerId() != null) {
            deltas.add(created, AggregateNames.partnerDeals(d.partnerId()));
        }
        if (d.status() == DealStatus.WON) {
            AggregateKey won = key(d.stageEnteredAt(), d.teamId(), d.ownerId());
            deltas.add(won, AggregateNames.WON_COUNT);
            deltas.add(won, AggregateNames.sourceWon(d.source()));
            if (d.partnerId() != null) {
                deltas.add(won, AggregateNames.partnerWon(d.partnerId()));
            }
            if (d.amount() != null) {
                String currency = d.amount().currency();
                deltas.add(won, AggregateNames.wonAmount(currency), d.amount().amount());
                deltas.add(won, AggregateNames.sourceWonAmount(d.source(), currency), d.amount().amount());
                if (d.partnerId() != null) {
                    deltas.add(won, AggregateNames.partnerWonAmount(d.partnerId(), currency), d.amount().amount());
                }
            }
        }
    }

    /**
     * A step is planned on its due day; done on the day it was completed; overdue (on its due day) when it was
     * completed after its due time. Steps still open past due are the hygiene rules' business (they change with the
     * clock, not with a record).
     */
    private void task(Task t, AggregateDeltas deltas) {
        if (t.dueAt() == null) {
            return;
        }
        String team = staff.teamOf(t.assigneeId());
        deltas.add(key(t.dueAt(), team, t.assigneeId()), AggregateNames.stepsPlanned(day(t.dueAt(), t.assigneeId())));
        if (t.status() == TaskStatus.DONE && t.completedAt() != null) {
            deltas.add(key(t.completedAt(), team, t.assigneeId()), AggregateNames.stepsDone(day(t.completedAt(), t.assigneeId())));
            if (t.completedAt().isAfter(t.dueAt())) {
                deltas.add(key(t.dueAt(), team, t.assigneeId()), AggregateNames.stepsOverdue(day(t.dueAt(), t.assigneeId())));
            }
        }
    }

    private AggregateKey key(Instant at, String teamId, String ownerId) {
        ZoneId zone = staff.zoneOf(ownerId);
        return AggregateKey.of(YearMonth.from(at.atZone(zone)), teamId, ownerId);
    }

    private LocalDate day(Instant at, String userId) {
        return at.atZone(staff.zoneOf(userId)).toLocalDate();
    }
}
