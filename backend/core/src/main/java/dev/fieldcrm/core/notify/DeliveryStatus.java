package dev.fieldcrm.core.notify;

/** Where one {@link Delivery} stands. */
public enum DeliveryStatus {
    /** Claimed by a Postman that is calling the provider now; another may take over once the lease expires. */
    SENDING,
    /** The provider accepted it: never sent again. */
    SENT,
    /** The last attempt failed; the retry job tries again at {@code retryAt}. */
    FAILED,
    /** Given up (permanent failure or attempts exhausted) and handed to the dead letters. */
    PARKED,
    /** The address is on the suppression list: never sent. */
    SUPPRESSED,
    /** The tenant's daily cap for the channel was reached before the provider call: not sent, not retried. */
    CAPPED
}
