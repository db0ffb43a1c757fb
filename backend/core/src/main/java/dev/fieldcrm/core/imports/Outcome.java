package dev.fieldcrm.core.imports;

/** What importing one row did (or, in a dry run, would do). */
public enum Outcome {
    CREATED, UPDATED, UNCHANGED,
    /** An email, phone, tax id or external id of the row belongs to another record (or to an earlier row of the file). */
    DUPLICATE,
    /** The row breaks a rule; its field errors say which. */
    INVALID
}
