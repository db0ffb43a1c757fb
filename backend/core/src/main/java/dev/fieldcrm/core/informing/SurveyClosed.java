package dev.fieldcrm.core.informing;


/** A valid survey link that can no longer be answered: already answered (single use) or expired. */
public final class SurveyClosed extends RuntimeException {
    public enum Why { ANSWERED, EXPIRED }

    private final Why why;

    public SurveyClosed(Why why) {
        super(why == Why.ANSWERED ? "this survey has been answered" : "this survey link has expired");
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
