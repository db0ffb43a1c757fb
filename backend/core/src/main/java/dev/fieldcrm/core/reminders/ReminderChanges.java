package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.users.User;

import java.util.Objects;
import java.util.Optional;

/**
 * Keeps reminders in step with the records they come from, from the table's stream: meetings and calls (tasks),
 * contract ends (clients), birthdays (contacts), digests and overdue nudges (users and their preferences). Changes
 * that do not touch what a reminder depends on are ignored without a read. Idempotent through the
 * {@link ReminderPlanner}.
 */
public final class ReminderChanges implements ChangeListener {
    private final ReminderPlanner planner;

    public ReminderChanges(ReminderPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void on(Change change) {
        String tenant = change.tenantId();
        if (change.concerns(Task.class)) {
            onTask(tenant, change.before(Task.class), change.after(Task.class));
        } else if (change.concerns(Client.class)) {
            change.after(Client.class).filter(after -> contractOrOwnerChanged(change.before(Client.class), after))
                    .ifPresent(after -> planner.planProlongation(tenant, after));
        } else if (change.concerns(Contact.class)) {
            change.after(Contact.class).filter(after -> birthdayChanged(change.before(Contact.class), after))
                    .ifPresent(after -> planner.planBirthday(tenant, after));
        } else if (change.concerns(User.class)) {
            change.after(User.class).filter(after -> scheduleChanged(change.before(User.class), after))
                    .ifPresent(after -> planner.planDaily(tenant, after.id()));
        } else if (change.concerns(Lead.class)) {
            change.after(Lead.class).filter(after -> slaChanged(change.before(Lead.class), after))
                    .ifPresent(after -> planner.planLeadSla(tenant, after));
        } else if (change.concerns(NotificationPreferences.class)) {
            change.after(NotificationPreferences.class).ifPresent(after -> planner.planDaily(tenant, after.userId()));
        }
    }

    private void onTask(String tenant, Optional<Task> before, Optional<Task> after) {
        boolean wasReminding = before.filter(ReminderPlanning::reminds).isPresent();
        boolean reminds = after.filter(ReminderPlanning::reminds).isPresent();
        if (!wasReminding && !reminds) {
            return;
        }
        if (after.isPresent()) {
            if (before.isPresent() && reminds && sameSchedule(before.get(), after.get())) {
                return;
            }
            planner.planMeeting(tenant, after.get());
        } else {
            // The open item was deleted (it moved to the done ones): its reminder goes with it.
            planner.forgetMeeting(tenant, before.get().id());
        }
    }

    private static boolean sameSchedule(Task before, Task after) {
        return ReminderPlanning.reminds(before) && before.dueAt().equals(after.dueAt()) && Objects.equals(before.assigneeId(), after.assigneeId());
    }

    private static boolean contractOrOwnerChanged(Optional<Client> before, Client after) {
        boolean hasContract = after.details().contract() != null && after.details().contract().end() != null;
        return before.map(b -> !Objects.equals(b.details().contract(), after.details().contract())
                        || !Objects.equals(b.ownerId(), after.ownerId()) || b.archived() != after.archived())
                .orElse(hasContract);
    }

    private static boolean birthdayChanged(Optional<Contact> before, Contact after) {
        return before.map(b -> !Objects.equals(b.details().birthday(), after.details().birthday())
                        || b.archived() != after.archived())
                .orElse(after.details().birthday() != null);
    }

    private static boolean slaChanged(Optional<Lead> before, Lead after) {
        return before.map(b -> b.status() != after.status() || !Objects.equals(b.contactBy(), after.contactBy())
                        || !Objects.equals(b.ownerId(), after.ownerId()))
                .orElse(after.isOpen() && after.contactBy() != null);
    }

    private static boolean scheduleChanged(Optional<User> before, User after) {
        return before.map(b -> !Objects.equals(b.timeZone(), after.timeZone()) || b.active() != after.active())
                .orElse(true);
    }
}
