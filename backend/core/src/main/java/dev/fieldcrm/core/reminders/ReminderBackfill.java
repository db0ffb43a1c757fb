package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.events.TenantJob;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.util.List;

/**
 * Plans the reminders of a tenant's records that have none: records that existed before reminders were deployed,
 * or that were written while nobody listened to the stream (the local run's demo seed). Without it they would get
 * no reminder until they change. Covered: every active user's digest and overdue nudge; and, client by client of
 * every user, the contract prolongation, the key people's birthdays and the open meetings and calls on the card.
 *
 * <p>No Scan: one Query of the tenant's user partition; per user the Queries of their clients by owner (pages of
 * {@value #PAGE}) and one Query per client's card; then the planner's reads per thing reminded of. A slot that
 * already holds the occurrence (or, for the daily ones, any pending occurrence) is left as it is, so a second run
 * (or a run racing the stream listener) writes nothing.
 */
public final class ReminderBackfill implements TenantJob {
    public static final String NAME = "reminder-backfill";
    static final int PAGE = 100;

    private final UserStore users;
    private final ClientQueries clients;
    private final ReminderPlanner planner;

    public ReminderBackfill(UserStore users, ClientQueries clients, ReminderPlanner planner) {
        this.users = users;
        this.clients = clients;
        this.planner = planner;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return how many users and clients it went through */
    @Override
    public int run(String tenantId) {
        List<User> all = users.list(tenantId);
        int seen = all.size();
        for (User user : all) {
            planner.planDailyWhereMissing(tenantId, user);
            seen += clientsOf(tenantId, user.id());
        }
        return seen;
    }

    private int clientsOf(String tenantId, String ownerId) {
        int seen = 0;
        String cursor = null;
        do {
            Page<Client> page = clients.byOwner(tenantId, ownerId, null, new PageRequest(PAGE, cursor));
            for (Client client : page.items()) {
                clients.card(tenantId, client.id()).ifPresent(card -> plan(tenantId, card));
                seen++;
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return seen;
    }

    private void plan(String tenantId, ClientCard card) {
        Client client = card.client();
        if (client.details().contract() != null && client.details().contract().end() != null) {
            planner.planProlongation(tenantId, client);
        }
        for (Contact contact : card.contacts()) {
            if (contact.details().birthday() != null && !contact.archived()) {
                planner.planBirthday(tenantId, contact, client);
            }
        }
        for (Task task : card.openTasks()) {
            if (ReminderPlanning.reminds(task)) {
                planner.planMeeting(tenantId, task);
            }
        }
    }
}
