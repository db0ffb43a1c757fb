package dev.fieldcrm.core.agenda;

import dev.fieldcrm.core.tasks.Task;

/**
 * A line of the agenda and whether it is already late: an open next step ({@code kind} TASK, {@code task} set, as
 * before leads joined the agenda) or an open lead to contact ({@code kind} LEAD, {@code lead} set).
 */
public record AgendaItem(AgendaItemKind kind, Task task, AgendaLead lead, boolean overdue) {
    public AgendaItem(Task task, boolean overdue) {
        this(AgendaItemKind.TASK, task, null, overdue);
    }

    static AgendaItem of(AgendaEntry entry, boolean overdue) {
        return entry.isLead() ? new AgendaItem(AgendaItemKind.LEAD, null, AgendaLead.of(entry.lead()), overdue)
                : new AgendaItem(entry.task(), overdue);
    }
}
