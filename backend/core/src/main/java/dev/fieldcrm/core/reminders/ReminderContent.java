package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.agenda.AgendaEntry;
import dev.fieldcrm.core.agenda.AgendaQueries;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadQueries;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskQueries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each reminder says, read when it is sent (so it is current): the model handed to the templates, made of
 * plain strings, numbers, booleans, lists and maps. Empty when there is nothing to say (no overdue steps, the meeting
 * was done meanwhile or has begun, the contact is gone).
 *
 * <p>Calls: digest and overdue nudge one Query on the agenda index (at most {@link #DIGEST_ITEMS} entries: steps and,
 * in the digest only, the rep's open leads to contact; the overdue nudge leaves leads out, as their own
 * {@code LEAD_SLA} reminder chases them); meeting
 * one GetItem on the open task; prolongation one GetItem on the client; birthday one Query of the client's card.
 */
public final class ReminderContent {
    /** Steps listed in a digest; the counts say how many there are beyond. */
    public static final int DIGEST_ITEMS = 50;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final TaskQueries tasks;
    private final AgendaQueries agenda;
    private final ClientQueries clients;
    private final LeadQueries leads;

    public ReminderContent(TaskQueries tasks, AgendaQueries agenda, ClientQueries clients, LeadQueries leads) {
        this.tasks = tasks;
        this.agenda = agenda;
        this.clients = clients;
        this.leads = leads;
    }

    public Optional<Map<String, Object>> of(Reminder reminder, Recipient recipient, Instant now) {
        ZoneId zone = recipient.timing().zone();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("recipientName", recipient.user().name());
        model.put("timeZone", zone.getId());
        boolean any = switch (reminder.kind()) {
            case DIGEST -> agenda(recipient, zone, now, false, model);
            case OVERDUE -> agenda(recipient, zone, now, true, model);
            case MEETING -> meeting(recipient.tenantId(), reminder, zone, now, model);
            case PROLONGATION -> prolongation(recipient.tenantId(), reminder, zone, now, model);
            case BIRTHDAY -> birthday(recipient.tenantId(), reminder, zone, model);
            case LEAD_ASSIGNED -> {
                model.putAll(reminder.details());
                yield true;
            }
            case LEAD_SLA -> leadWaiting(recipient.tenantId(), reminder, zone, now, model);
        };
        return any ? Optional.of(model) : Optional.empty();
    }

    /**
     * Today's agenda (open steps and leads to contact due before the end of today, local) with the overdue ones first;
     * for the overdue nudge only the steps due before today. A digest is sent on an empty day too (it says the day
     * is free).
     */
    private boolean agenda(Recipient recipient, ZoneId zone, Instant now, boolean overdueOnly, Map<String, Object> model) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant startOfToday = today.atStartOfDay(zone).toInstant();
        Instant until = overdueOnly ? startOfToday : today.plusDays(1).atStartOfDay(zone).toInstant();
        Page<AgendaEntry> due = agenda.dueFor(recipient.tenantId(), recipient.user().id(), until,
                PageRequest.first(DIGEST_ITEMS));
        List<Map<String, Object>> items = new ArrayList<>();
        int overdue = 0;
        for (AgendaEntry entry : due.items()) {
            if (overdueOnly && entry.isLead()) {
                continue;
            }
            boolean late = entry.dueAt().isBefore(startOfToday);
            overdue += late ? 1 : 0;
            items.add(entry.isLead() ? leadStep(entry.lead(), zone, late) : step(entry.task(), zone, late));
        }
        model.put("date", today.toString());
        model.put("items", items);
        model.put("overdueCount", overdue);
        model.put("todayCount", items.size() - overdue);
        model.put("more", due.nextCursor() != null);
        return !overdueOnly || !items.isEmpty();
    }

    private static Map<String, Object> step(Task task, ZoneId zone, boolean late) {
        ZonedDateTime due = task.dueAt().atZone(zone);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("taskId", task.id());
        item.put("clientId", task.clientId());
        item.put("kind", task.kind().name());
        item.put("title", task.title());
        item.put("clientName", nullToEmpty(task.clientName()));
        item.put("clientCity", nullToEmpty(task.clientCity()));
        item.put("date", due.toLocalDate().toString());
        item.put("time", HH_MM.format(due));
        item.put("overdue", late);
        item.put("lead", false);
        item.put("phone", "");
        return item;
    }

    /** A lead on the agenda as a digest line "contact the lead": the templates word it; title is the lead's name. */
    private static Map<String, Object> leadStep(Lead lead, ZoneId zone, boolean late) {
        ZonedDateTime due = lead.contactBy().atZone(zone);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("leadId", lead.id());
        item.put("kind", "LEAD");
        item.put("title", lead.displayName());
        item.put("clientName", lead.fields() == null ? "" : nullToEmpty(lead.fields().company()));
        item.put("clientCity", lead.fields() == null ? "" : nullToEmpty(lead.fields().city()));
        item.put("date", due.toLocalDate().toString());
        item.put("time", HH_MM.format(due));
        item.put("overdue", late);
        item.put("lead", true);
        item.put("phone", nullToEmpty(lead.phone()));
        return item;
    }

    /** Nothing once the meeting was done, or has begun (a dispatcher catching up after an outage). */
    private boolean meeting(String tenantId, Reminder reminder, ZoneId zone, Instant now, Map<String, Object> model) {
        Optional<Task> task = tasks.findOpen(tenantId, reminder.clientId(), reminder.subjectId());
        if (task.isEmpty() || !task.get().dueAt().isAfter(now)) {
            return false;
        }
        model.putAll(step(task.get(), zone, false));
        model.put("place", nullToEmpty(task.get().place()));
        model.put("minutesBefore", Math.max(0, ChronoUnit.MINUTES.between(reminder.fireAt(), task.get().dueAt())));
        return true;
    }

    /** Nothing once the lead left the inbox, was contacted, got another deadline or another owner. */
    private boolean leadWaiting(String tenantId, Reminder reminder, ZoneId zone, Instant now, Map<String, Object> model) {
        Optional<Lead> lead = leads.find(tenantId, reminder.subjectId())
                .filter(l -> l.isOpen() && l.contactBy() != null && reminder.recipientId().equals(l.ownerId())
                        && reminder.occurrenceId().endsWith("#" + l.contactBy()));
        if (lead.isEmpty()) {
            return false;
        }
        ZonedDateTime deadline = lead.get().contactBy().atZone(zone);
        model.put("leadId", lead.get().id());
        model.put("leadName", lead.get().displayName());
        model.put("company", lead.get().fields() == null ? "" : nullToEmpty(lead.get().fields().company()));
        model.put("phone", nullToEmpty(lead.get().phone()));
        model.put("email", nullToEmpty(lead.get().email()));
        model.put("sourceName", nullToEmpty(lead.get().sourceName()));
        model.put("date", deadline.toLocalDate().toString());
        model.put("time", HH_MM.format(deadline));
        model.put("minutesLate", Math.max(0, ChronoUnit.MINUTES.between(lead.get().contactBy(), now)));
        return true;
    }

    private boolean prolongation(String tenantId, Reminder reminder, ZoneId zone, Instant now, Map<String, Object> model) {
        var client = clients.find(tenantId, reminder.clientId()).filter(c -> !c.archived());
        var contract = client.map(c -> c.details().contract()).filter(c -> c.end() != null);
        if (contract.isEmpty()) {
            return false;
        }
        model.put("clientId", client.get().id());
        model.put("clientName", client.get().name());
        model.put("contractNumber", nullToEmpty(contract.get().number()));
        model.put("contractEnd", contract.get().end().toString());
        model.put("daysLeft", ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), contract.get().end()));
        return true;
    }

    private boolean birthday(String tenantId, Reminder reminder, ZoneId zone, Map<String, Object> model) {
        Optional<ClientCard> card = clients.card(tenantId, reminder.clientId());
        Optional<Contact> contact = card.flatMap(c -> c.contacts().stream()
                .filter(p -> p.id().equals(reminder.subjectId()) && !p.archived()).findFirst());
        if (contact.isEmpty() || contact.get().details().birthday() == null) {
            return false;
        }
        model.put("clientId", card.get().client().id());
        model.put("clientName", card.get().client().name());
        model.put("contactName", contact.get().details().name());
        model.put("position", nullToEmpty(contact.get().details().position()));
        model.put("date", LocalDate.ofInstant(reminder.fireAt(), zone).toString());
        return true;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
