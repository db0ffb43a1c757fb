package dev.fieldcrm.mobile.core.views;

import java.time.Instant;

/**
 * One line of Today: an open next step, or an open lead to contact, with what the rep needs to act on it in one tap.
 *
 * <p>A lead's line ({@link #isLead()}, kind {@code LEAD}) has no task and no client: {@code clientName} is the lead's
 * name, {@code title} its company (may be empty), {@code dueAt} its contact-by deadline, {@code phone} its phone.
 *
 * @param overdue        due before today started (in the rep's zone), as the API's agenda defines it
 * @param lastInteraction the summary of the client's last interaction, or null
 * @param pending        the step (or a change to it) has not reached the server yet
 * @param leadId         the lead of a "contact the lead" line; null for a step
 */
public record AgendaEntry(String taskId, String clientId, String clientName, String city, String kind, String title,
                          Instant dueAt, boolean overdue, String lastInteraction, String phone, boolean pending,
                          String leadId) {
    public static final String LEAD_KIND = "LEAD";

    /** A step's line (no lead). */
    public AgendaEntry(String taskId, String clientId, String clientName, String city, String kind, String title,
                       Instant dueAt, boolean overdue, String lastInteraction, String phone, boolean pending) {
        this(taskId, clientId, clientName, city, kind, title, dueAt, overdue, lastInteraction, phone, pending, null);
    }

    public boolean isLead() {
        return leadId != null;
    }

    /** The task's id, or the lead's: unique within Today. */
    public String id() {
        return isLead() ? leadId : taskId;
    }
}
