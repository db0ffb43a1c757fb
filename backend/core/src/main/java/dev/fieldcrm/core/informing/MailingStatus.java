package dev.fieldcrm.core.informing;

/** Where a mailing is: waiting for its time, sending in batches, finished, or stopped by a manager. */
public enum MailingStatus {
    SCHEDULED, SENDING, DONE, CANCELLED;

    public boolean active() {
        return this == SCHEDULED || this == SENDING;
    }
}
