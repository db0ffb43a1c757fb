package dev.fieldcrm.core.agenda;

import dev.fieldcrm.core.tasks.Task;

/** A line of the agenda: an open next step and whether it is already late. */
public record AgendaItem(Task task, boolean overdue) {
}
