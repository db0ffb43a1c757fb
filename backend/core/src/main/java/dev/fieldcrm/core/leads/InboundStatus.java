package dev.fieldcrm.core.leads;

/** Where an inbound request is on its way from the public endpoint to a rep. */
public enum InboundStatus {
    /** Stored by the public endpoint; the worker has not handled it yet. */
    RECEIVED,
    /** The worker matched or created the client/lead, assigned and notified ({@link InboundOutcome} says what). */
    PROCESSED,
    /** Processing kept failing ({@link InboundProcessing#MAX_ATTEMPTS} times): given up, counted, left for a person. */
    FAILED
}
