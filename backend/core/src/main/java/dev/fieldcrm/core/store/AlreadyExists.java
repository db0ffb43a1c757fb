package dev.fieldcrm.core.store;

/** A record created with a client-chosen id exists already (an offline create sent twice). */
public final class AlreadyExists extends RuntimeException {
    private final Object record;

    public AlreadyExists(Object record) {
        super("record exists already", null, false, false);
        this.record = record;
    }

    /** The record being created (not the stored one). */
    public Object record() {
        return record;
    }
}
