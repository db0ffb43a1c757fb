package dev.fieldcrm.core.shared;

/** A failure that the domain can name; the API turns each kind into a problem+json response. */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Forbidden, VersionConflict, Duplicate, ValidationFailed, IdempotencyKeyReused {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
