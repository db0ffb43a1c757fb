package dev.fieldcrm.core.agenda;

import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.tasks.Task;

import java.time.Instant;

/**
 * One item of a rep's agenda index: an open next step, or an open lead assigned to the rep that waits to be contacted
 * (due at its {@code contactBy}, the tenant's SLA). Exactly one of the two is set.
 */
public record AgendaEntry(Task task, Lead lead) {
    public AgendaEntry {
        if ((task == null) == (lead == null)) {
            throw new IllegalArgumentException("an agenda entry is a task or a lead");
        }
    }

    public static AgendaEntry of(Task task) {
        return new AgendaEntry(task, null);
    }

    public static AgendaEntry of(Lead lead) {
        return new AgendaEntry(null, lead);
    }

    public boolean isLead() {
        return lead != null;
    }

    /** When it is due: the step's due time, or the lead's contact-by deadline. */
    public Instant dueAt() {
        return task != null ? task.dueAt() : lead.contactBy();
    }

    /** The record itself (a Task or a Lead), for readers that hand records on as they are (the sync snapshot). */
    public Object record() {
        return task != null ? task : lead;
    }
}
