package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.leads.Lead;

import java.util.Objects;

/**
 * Tells a user at once when a deal, a client or an open lead becomes theirs by someone else's hand: created with them
 * as owner by another user (or by the worker's lead assignment), or handed over to them. Each hand-over is its own notification (the record's version is in its id),
 * and a redelivered change sends nothing again.
 */
public final class AssignmentChanges implements ChangeListener {
    private final Notifications notifications;

    public AssignmentChanges(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void on(Change change) {
        change.after(Deal.class).ifPresent(deal -> {
            String before = change.before(Deal.class).map(Deal::ownerId).orElse(null);
            String actor = change.isInsert() ? deal.createdBy() : deal.updatedBy();
            if (handedOver(before, deal.ownerId(), actor, change.isInsert())) {
                notifications.leadAssigned(change.tenantId(), deal.ownerId(),
                        new LeadAssignment("deal", deal.id(), deal.version(), deal.title(), null, actor));
            }
        });
        change.after(Lead.class).ifPresent(lead -> {
            // A lead has no createdBy: whoever wrote it last (the worker's assignment, a manager's hand-over) acted.
            String before = change.before(Lead.class).map(Lead::ownerId).orElse(null);
            if (lead.isOpen() && handedOver(before, lead.ownerId(), lead.updatedBy(), change.isInsert())) {
                notifications.leadAssigned(change.tenantId(), lead.ownerId(), new LeadAssignment("lead", lead.id(),
                        lead.version(), lead.displayName(), lead.fields() == null ? null : lead.fields().company(),
                        lead.updatedBy()));
            }
        });
        change.after(Client.class).ifPresent(client -> {
            String before = change.before(Client.class).map(Client::ownerId).orElse(null);
            String actor = change.isInsert() ? client.createdBy() : client.updatedBy();
            if (handedOver(before, client.ownerId(), actor, change.isInsert())) {
                notifications.leadAssigned(change.tenantId(), client.ownerId(),
                        new LeadAssignment("client", client.id(), client.version(), client.name(), client.name(), actor));
            }
        });
    }

    private static boolean handedOver(String ownerBefore, String ownerAfter, String actor, boolean created) {
        if (ownerAfter == null || ownerAfter.equals(actor)) {
            return false;
        }
        return created || !Objects.equals(ownerBefore, ownerAfter);
    }
}
