package dev.fieldcrm.worker.support;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.Money;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealInput;
import dev.fieldcrm.core.deals.StageMove;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.journal.InteractionInput;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.journal.NoNextStepReason;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadFields;
import dev.fieldcrm.core.leads.LeadStatus;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderStatus;
import dev.fieldcrm.core.orders.Payment;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskPlan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A rep's month of work, written the way the API and the back office write it: a client, two deals moved to won and
 * lost, a call with a next step and the visit that completes it, an order with a payment (stored directly, as the
 * back office's use cases would), a lead of the rep and an unassigned one. What each writes is the input of every
 * stream listener (aggregates, reminders, sync feed, hygiene…); tests then pump the stream.
 *
 * @param core      the use cases
 * @param writer    for the order, the payment and the leads
 * @param rep       whose month it is (their team is the order's)
 * @param managerId who entered the order and the payment
 * @param now       when it all happened; the next step is due 5 minutes later
 */
public record MonthOfWork(CoreServices core, ChangeWriter writer, Caller rep, String managerId, Instant now) {
    /** How far after {@code now} the call's next step is due. */
    public static final Duration NEXT_STEP_IN = Duration.ofMinutes(5);

    /** Writes the month; returns the client it was about. */
    public Client write() {
        Client client = core.clients().create(rep, null, client("Рыбный двор " + Ids.newId()), null);
        Deal won = core.deals().create(rep, null, deal("Поставка трески", client.id(), "chat", new Money(new BigDecimal("100"), "EUR")), null);
        Deal lost = core.deals().create(rep, null, deal("Поставка краба", client.id(), "event", null), null);
        won = core.deals().move(rep, won.id(), won.version(), new StageMove("accepted", null, null, null));
        core.deals().move(rep, won.id(), won.version(), new StageMove("won", "best-price", null, null));
        core.deals().move(rep, lost.id(), lost.version(), new StageMove("lost", "no-budget", null, null));

        core.journal().log(rep, client.id(), null, new InteractionInput(InteractionType.CALL, now.minusSeconds(60), null, null,
                "Обсудили поставку", null, new TaskPlan(TaskKind.VISIT, "Заехать", now.plus(NEXT_STEP_IN), null, null, null),
                null, null, null, null), null);
        Task visit = core.tasks().open(rep, rep.userId(), null, PageRequest.first(50)).items().stream()
                .filter(t -> t.clientId().equals(client.id())).findFirst().orElseThrow();
        core.journal().log(rep, client.id(), null, new InteractionInput(InteractionType.VISIT, now, null, null,
                "Заехал", null, null, NoNextStepReason.OTHER, "Ждём звонка", null, visit.id()), null);

        Order order = new Order(Ids.newId(), client.id(), client.name(), rep.userId(), rep.teamId(), OrderStatus.CONFIRMED,
                "EUR", null, null, BigDecimal.ZERO, List.of(), new BigDecimal("50"), BigDecimal.ZERO, new BigDecimal("50"),
                null, null, now, null, BigDecimal.ZERO, now, managerId, now, managerId, 1);
        Payment payment = new Payment(Ids.newId(), client.id(), null, order.id(), "EUR", new BigDecimal("30"),
                LocalDate.ofInstant(now, ZoneOffset.UTC), "PP-1", now, managerId, 1, rep.userId(), rep.teamId());
        writer.apply(rep.tenantId(), new ChangeSet().create(order).create(payment)
                .create(lead(rep.userId(), rep.teamId())).create(lead(null, null)));
        return client;
    }

    private static ClientDetails client(String name) {
        return new ClientDetails(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private static DealInput deal(String title, String clientId, String source, Money amount) {
        return new DealInput(title, clientId, null, amount, null, source, null, null, null, null, null, null);
    }

    /** A lead as the worker's processing stores it (its request and guards do not matter to the listeners). */
    private Lead lead(String ownerId, String teamId) {
        LeadFields fields = new LeadFields("Ольга", "ООО «Север»", null, null, null, null, null, null, Map.of(), Map.of());
        return new Lead(Ids.newId(), LeadStatus.OPEN, ownerId, teamId, fields, null, null, "website", "Contact us", Map.of(),
                List.of(), null, null, null, now, now, "website", 1);
    }
}
