package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.Contract;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.users.User;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps each reminder slot holding the right next occurrence as the records it derives from change. Every method is
 * idempotent: planning the occurrence a slot already holds (pending or handled) writes nothing, so a redelivered
 * stream change has no effect. Calls: one GetItem on the slot, GetItems for the recipient (user, preferences), at
 * most one write.
 */
public final class ReminderPlanner {
    /** The detail of a birthday reminder that holds the birthday (for planning the next year's). */
    static final String BIRTHDAY = "birthday";
    private final ReminderStore store;
    private final Recipients recipients;
    private final ClientQueries clients;
    private final ChangeWriter writer;
    private final Clock clock;

    public ReminderPlanner(ReminderStore store, Recipients recipients, ClientQueries clients, ChangeWriter writer, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.clients = clients;
        this.writer = writer;
        this.clock = clock;
    }

    /** A user was added or changed, or saved preferences: their next digest and overdue nudge. */
    public void planDaily(String tenantId, String userId) {
        Optional<Recipient> found = recipients.find(tenantId, userId);
        if (found.isEmpty()) {
            remove(tenantId, "digest#" + userId);
            remove(tenantId, "overdue#" + userId);
            return;
        }
        planDaily(tenantId, found.get(), false);
    }

    /**
     * The backfill's planning of a user already read (from the tenant's user partition): their digest and overdue
     * nudge, only into slots without a pending occurrence (a pending one stays as it is, even if due this minute).
     * A deactivated user is skipped: the stream listener handled their slots when they were deactivated.
     * Calls: GetItem preferences, GetItem per slot (consistent), a TransactWriteItems only for a slot planned.
     */
    public void planDailyWhereMissing(String tenantId, User user) {
        if (!user.active()) {
            return;
        }
        var records = new ReminderStore.RecipientRecords(Optional.of(user), store.preferences(tenantId, user.id()));
        recipients.of(tenantId, user.id(), records).ifPresent(r -> planDaily(tenantId, r, true));
    }

    private void planDaily(String tenantId, Recipient r, boolean keepPending) {
        String userId = r.user().id();
        Instant now = clock.instant();
        var timing = r.timing();
        upsert(tenantId, ReminderPlanning.nextDigest(userId, r.preferences().digestAt(), timing.zone(), now),
                ReminderKind.DIGEST, userId, null, null, Map.of(), keepPending);
        upsert(tenantId, ReminderPlanning.nextOverdueNudge(userId, timing, now), ReminderKind.OVERDUE, userId, null, null,
                Map.of(), keepPending);
    }

    /** An open meeting or call with a due time gets a reminder; done, cancelled or other tasks lose theirs. */
    public void planMeeting(String tenantId, Task task) {
        String slot = "meeting#" + task.id();
        boolean reminds = ReminderPlanning.reminds(task);
        Optional<Recipient> recipient = reminds ? recipients.find(tenantId, task.assigneeId()) : Optional.empty();
        Optional<Occurrence> next = recipient.flatMap(r -> ReminderPlanning.meeting(task.id(), task.dueAt(),
                r.preferences().meetingLeadMinutes(), r.timing(), clock.instant()));
        if (next.isEmpty()) {
            remove(tenantId, slot);
            return;
        }
        upsert(tenantId, next.get(), ReminderKind.MEETING, task.assigneeId(), task.clientId(), task.id(), Map.of());
    }

    /** The open task is gone (done or deleted): so is its reminder. */
    public void forgetMeeting(String tenantId, String taskId) {
        remove(tenantId, "meeting#" + taskId);
    }

    /** A client with a contract end date reminds its owner before it ends. */
    public void planProlongation(String tenantId, Client client) {
        String slot = "prolong#" + client.id();
        Contract contract = client.details().contract();
        Optional<Recipient> owner = client.archived() || contract == null || contract.end() == null
                ? Optional.empty() : recipients.find(tenantId, client.ownerId());
        Optional<Occurrence> next = owner.flatMap(r -> ReminderPlanning.prolongation(client.id(), contract.end(),
                contract.prolongationReminderDays() != null ? contract.prolongationReminderDays()
                        : r.preferences().prolongationDaysBefore(), r.timing(), clock.instant()));
        if (next.isEmpty()) {
            remove(tenantId, slot);
            return;
        }
        upsert(tenantId, next.get(), ReminderKind.PROLONGATION, client.ownerId(), client.id(), null, Map.of());
    }

    /** A key person with a birthday reminds the client's owner (one GetItem for the client's owner). */
    public void planBirthday(String tenantId, Contact contact) {
        if (contact.archived() || contact.details().birthday() == null) {
            remove(tenantId, "birthday#" + contact.id());
            return;
        }
        planBirthday(tenantId, contact, clients.find(tenantId, contact.clientId()));
    }

    /** The same for a contact whose client the caller has just read (the backfill, from the client's card). */
    public void planBirthday(String tenantId, Contact contact, Client of) {
        planBirthday(tenantId, contact, Optional.of(of));
    }

    private void planBirthday(String tenantId, Contact contact, Optional<Client> read) {
        String slot = "birthday#" + contact.id();
        if (contact.archived() || contact.details().birthday() == null) {
            remove(tenantId, slot);
            return;
        }
        Optional<Client> client = read.filter(c -> !c.archived());
        Optional<Recipient> owner = client.flatMap(c -> recipients.find(tenantId, c.ownerId()));
        if (owner.isEmpty()) {
            remove(tenantId, slot);
            return;
        }
        Occurrence next = ReminderPlanning.birthday(contact.id(), contact.details().birthday(), owner.get().timing(), clock.instant());
        upsert(tenantId, next, ReminderKind.BIRTHDAY, client.get().ownerId(), contact.clientId(), contact.id(),
                Map.of(BIRTHDAY, contact.details().birthday().toString()));
    }

    /**
     * An open lead with a time to contact it reminds its owner when that time runs out; a lead converted, merged,
     * rejected or without an owner loses its reminder.
     */
    public void planLeadSla(String tenantId, Lead lead) {
        String slot = "leadsla#" + lead.id();
        Optional<Recipient> owner = lead.isOpen() && lead.contactBy() != null && lead.ownerId() != null
                ? recipients.find(tenantId, lead.ownerId()) : Optional.empty();
        if (owner.isEmpty()) {
            remove(tenantId, slot);
            return;
        }
        upsert(tenantId, ReminderPlanning.leadSla(lead.id(), lead.contactBy(), owner.get().timing(), clock.instant()),
                ReminderKind.LEAD_SLA, lead.ownerId(), null, lead.id(), Map.of());
    }

    /** Keeps an immediate notification for when the recipient's quiet hours end. */
    void defer(String tenantId, Occurrence occurrence, ReminderKind kind, String recipientId, String clientId,
               String subjectId, Map<String, String> details) {
        upsert(tenantId, occurrence, kind, recipientId, clientId, subjectId, details);
    }

    private void upsert(String tenantId, Occurrence occurrence, ReminderKind kind, String recipientId, String clientId,
                        String subjectId, Map<String, String> details) {
        upsert(tenantId, occurrence, kind, recipientId, clientId, subjectId, details, false);
    }

    /** @param keepPending leave a slot that holds any pending occurrence as it is (the backfill) */
    private void upsert(String tenantId, Occurrence occurrence, ReminderKind kind, String recipientId, String clientId,
                        String subjectId, Map<String, String> details, boolean keepPending) {
        Optional<Reminder> current = store.reminder(tenantId, occurrence.slot());
        if (current.isPresent() && (current.get().holds(occurrence) || keepPending && current.get().pending())) {
            return;
        }
        long previous = current.map(Reminder::version).orElse(0L);
        Reminder planned = Reminder.planned(occurrence, kind, recipientId, clientId, subjectId, details, clock.instant(), previous);
        // A concurrent planner makes this fail (AlreadyExists, VersionConflict): the stream retries the change.
        writer.apply(tenantId, new ChangeSet().createOrReplace(planned, previous));
    }

    private void remove(String tenantId, String slot) {
        store.reminder(tenantId, slot).filter(Reminder::pending)
                .ifPresent(r -> writer.apply(tenantId, new ChangeSet().replace(r.handled(clock.instant()), r.version())));
    }
}
