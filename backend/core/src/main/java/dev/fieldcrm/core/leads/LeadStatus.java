package dev.fieldcrm.core.leads;

/** A lead's place in the leads inbox. Only {@link #OPEN} leads are matched against and hold their email/phone guards. */
public enum LeadStatus {
    OPEN,
    /** Turned into a client (+ contact + deal) by a manager or rep. */
    CONVERTED,
    /** Merged into an existing client. */
    MERGED,
    /** Rejected (spam, not a prospect…) with a reason. */
    REJECTED
}
