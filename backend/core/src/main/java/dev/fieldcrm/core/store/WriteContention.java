package dev.fieldcrm.core.store;

/**
 * Other transactions kept holding items of this change set, through every retry: nothing was written, no condition
 * failed, and the same request may simply be sent again. (A hot item such as the invoice counter meets this under
 * load; the use case may retry it itself.)
 */
public final class WriteContention extends RuntimeException {
    public WriteContention() {
        super("the records are being changed by other requests; nothing was written", null, false, false);
    }
}
