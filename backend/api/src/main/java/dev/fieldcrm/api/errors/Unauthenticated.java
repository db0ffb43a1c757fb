package dev.fieldcrm.api.errors;

/** No verified identity came with the request. */
public final class Unauthenticated extends RuntimeException {
    public Unauthenticated(String message) {
        super(message, null, false, false);
    }
}
