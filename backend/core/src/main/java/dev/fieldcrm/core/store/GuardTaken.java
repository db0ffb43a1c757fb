package dev.fieldcrm.core.store;

/** A replay guard ({@link ChangeSet.Guard}) is held by another request that has not expired: nothing was written. */
public final class GuardTaken extends RuntimeException {
    private final String key;
    private final String holderId;

    public GuardTaken(String key, String holderId) {
        super("replay guard " + key + " is held by " + holderId, null, false, false);
        this.key = key;
        this.holderId = holderId;
    }

    public String key() {
        return key;
    }

    /** The request that holds the guard (the first of the replays). */
    public String holderId() {
        return holderId;
    }
}
