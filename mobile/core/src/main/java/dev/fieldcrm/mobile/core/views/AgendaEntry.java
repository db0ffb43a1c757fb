package dev.fieldcrm.mobile.core.views;

import java.time.Instant;

/**
 * One line of Today: an open next step with what the rep needs to act on it in one tap.
 *
 * @param overdue        due before today started (in the rep's zone), as the API's agenda defines it
 * @param lastInteraction the summary of the client's last interaction, or null
 * @param pending        the step (or a change to it) has not reached the server yet
 */
public record AgendaEntry(String taskId, String clientId, String clientName, String city, String kind, String title,
                          Instant dueAt, boolean overdue, String lastInteraction, String phone, boolean pending) {
}
