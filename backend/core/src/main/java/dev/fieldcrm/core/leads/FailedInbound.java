package dev.fieldcrm.core.leads;

import java.time.Instant;

/**
 * An inbound request the worker gave up on, as the leads inbox lists it for managers: where and when it came, how
 * often processing failed and why the last run failed. No contact data of the person (the list is for repairing
 * processing, not for working the lead), and the error is the stored failure text only (an exception's class and
 * message, at most 300 characters; never a stack trace or a request body).
 *
 * @param status   FAILED in the list; after a retry the request's current status (RECEIVED, later PROCESSED)
 * @param failedAt when it was given up the last time (null once retried)
 */
public record FailedInbound(String id, InboundChannel channel, String sourceId, String sourceName, Instant receivedAt,
                            InboundStatus status, int attempts, String lastError, Instant failedAt) {

    public static FailedInbound of(InboundRequest request) {
        Instant failedAt = request.status() == InboundStatus.FAILED && request.outcome() != null
                ? request.outcome().processedAt() : null;
        return new FailedInbound(request.id(), request.channel(), request.sourceId(), request.sourceName(),
                request.receivedAt(), request.status(), request.attempts(), request.failure(), failedAt);
    }
}
