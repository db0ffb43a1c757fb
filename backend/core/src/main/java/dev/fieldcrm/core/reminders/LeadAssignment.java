package dev.fieldcrm.core.reminders;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A deal, client or lead handed to a user, as the notification tells it.
 *
 * @param recordType {@code deal}, {@code client} or {@code lead}
 * @param recordId   the record handed over
 * @param version    the record's version after the hand-over (so each hand-over is its own notification)
 * @param title      the deal's title, the client's or the lead's name
 * @param clientName the organisation, if any
 * @param assignedBy who handed it over (a user id, or {@code website} for a lead from a form)
 */
public record LeadAssignment(String recordType, String recordId, long version, String title, String clientName,
                             String assignedBy) {

    /** The notification's deterministic occurrence id. */
    public String occurrenceId(String ownerId) {
        return "assigned#" + recordId + "#" + ownerId + "#" + version;
    }

    Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("recordType", recordType);
        details.put("recordId", recordId);
        details.put("title", title == null ? "" : title);
        details.put("clientName", clientName == null ? "" : clientName);
        details.put("assignedBy", assignedBy == null ? "" : assignedBy);
        return details;
    }
}
