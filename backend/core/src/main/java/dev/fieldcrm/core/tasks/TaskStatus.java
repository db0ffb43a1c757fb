package dev.fieldcrm.core.tasks;

/** An open task is on its assignee's agenda; a done one is history. */
public enum TaskStatus {
    OPEN, DONE
}
