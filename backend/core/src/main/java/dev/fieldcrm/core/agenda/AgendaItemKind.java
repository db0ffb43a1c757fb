package dev.fieldcrm.core.agenda;

/** What an agenda line is: an open next step, or an open lead to contact. */
public enum AgendaItemKind {
    TASK,
    LEAD
}
