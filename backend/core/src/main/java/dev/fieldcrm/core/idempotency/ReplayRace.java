package dev.fieldcrm.core.idempotency;

/**
 * Two requests with one Idempotency-Key raced and the other one won: the caller should read the stored
 * response and replay it.
 */
public final class ReplayRace extends RuntimeException {
    public ReplayRace() {
        super("a request with the same Idempotency-Key completed first", null, false, false);
    }
}
