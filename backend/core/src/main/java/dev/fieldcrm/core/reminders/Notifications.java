package dev.fieldcrm.core.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Immediate notifications. A new lead (issue 6's lead capture), a deal or a client handed to a user is sent right
 * away on the channels the user chose for {@link ReminderKind#LEAD_ASSIGNED}; inside the user's quiet hours it is
 * kept as a reminder for their end instead. Calling it again for the same assignment sends nothing again (the
 * message ids derive from {@link LeadAssignment#occurrenceId}).
 */
public final class Notifications {
    private final Recipients recipients;
    private final ReminderDelivery delivery;
    private final ReminderPlanner planner;
    private final Clock clock;

    public Notifications(Recipients recipients, ReminderDelivery delivery, ReminderPlanner planner, Clock clock) {
        this.recipients = recipients;
        this.delivery = delivery;
        this.planner = planner;
        this.clock = clock;
    }

    /**
     * Tells {@code ownerId} about what was assigned to them. Calls: GetItem user, GetItem preferences, then one
     * Postman send per channel (or, in quiet hours, GetItem + one write of the deferred reminder).
     */
    public void leadAssigned(String tenantId, String ownerId, LeadAssignment summary) {
        var found = recipients.find(tenantId, ownerId);
        if (found.isEmpty()) {
            return;
        }
        Recipient recipient = found.get();
        Instant now = clock.instant();
        String occurrenceId = summary.occurrenceId(ownerId);
        if (recipient.isQuiet(now)) {
            planner.defer(tenantId, new Occurrence(occurrenceId, occurrenceId, recipient.timing().deliverable(now)),
                    ReminderKind.LEAD_ASSIGNED, ownerId, null, summary.recordId(), summary.details());
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("recipientName", recipient.user().name());
        model.put("timeZone", recipient.timing().zone().getId());
        model.putAll(summary.details());
        delivery.deliver(recipient, ReminderKind.LEAD_ASSIGNED, occurrenceId, model);
    }
}
