package dev.fieldcrm.core.journal;

/** Why an interaction may be logged without a next step: the work with this client has ended. */
public enum NoNextStepReason {
    CLIENT_CLOSED, DEAL_LOST, NOT_INTERESTED, DUPLICATE_RECORD, OTHER
}
