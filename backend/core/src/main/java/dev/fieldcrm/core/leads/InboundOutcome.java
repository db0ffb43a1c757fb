package dev.fieldcrm.core.leads;

import java.time.Instant;

/**
 * What the worker did with an inbound request. Ids that do not apply are null.
 *
 * @param kind       whether it attached to an existing client or became something new
 * @param assigneeId the rep who got it (notified, and assignee of the "contact the lead" next step)
 * @param taskId     the next step created for the assignee
 */
public record InboundOutcome(Kind kind, String clientId, String contactId, String leadId, String dealId,
                             String interactionId, String assigneeId, String taskId, Instant processedAt) {

    public enum Kind {
        /** Same email or phone as an existing contact/client: attached to it as an inbound interaction. */
        MATCHED_CLIENT,
        /** Matched an open lead: merged into it. */
        MATCHED_LEAD,
        /** A new lead in the leads inbox. */
        NEW_LEAD,
        /** A new client + contact + deal at the pipeline's first stage (tenant setting). */
        NEW_CLIENT,
        /** Nothing to do: a call just started (its ENDED or MISSED event does the work). */
        NOTED,
        /** Processing failed every attempt; the request's {@code failure} says why. Nothing was made for it. */
        FAILED
    }
}
