package dev.fieldcrm.core.tasks;

/** What the next step is: a planned meeting is a task of kind MEETING. */
public enum TaskKind {
    CALL, MEETING, VISIT, EMAIL, OTHER
}
