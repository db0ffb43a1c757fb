package dev.fieldcrm.core.shared;

/** An Idempotency-Key was sent again with a different request body. */
public final class IdempotencyKeyReused extends DomainException {
    public IdempotencyKeyReused() {
        super("this Idempotency-Key was already used for a different request");
    }
}
