package dev.fieldcrm.core.reminders;

/** What a reminder is about; each kind has its own channels in a user's {@link NotificationPreferences}. */
public enum ReminderKind {
    /** The morning digest: today's agenda and overdue next steps. */
    DIGEST,
    /** An upcoming meeting or call, some minutes before it. */
    MEETING,
    /** The daily nudge about overdue next steps (only on days that have some). */
    OVERDUE,
    /** A client's contract ends soon. */
    PROLONGATION,
    /** A key person's birthday. */
    BIRTHDAY,
    /** A deal, client or lead was handed to the user (immediate). */
    LEAD_ASSIGNED,
    /** A lead the user owns is still in the inbox when the time to contact it (the tenant's SLA) has run out. */
    LEAD_SLA;

    /** The template's name: the kind in lower case with dashes ({@code lead-assigned}). */
    public String template() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
