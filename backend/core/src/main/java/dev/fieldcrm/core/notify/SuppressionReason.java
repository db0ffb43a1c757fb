package dev.fieldcrm.core.notify;

/** Why an address must not be sent to. */
public enum SuppressionReason {
    /** The mailbox or number does not exist (an SES hard bounce). */
    BOUNCE,
    /** The recipient marked a message as spam (an SES complaint). */
    COMPLAINT,
    /** The recipient unsubscribed (one-click link or {@code List-Unsubscribe}). */
    UNSUBSCRIBE,
    /** An admin put it on the list. */
    MANUAL
}
