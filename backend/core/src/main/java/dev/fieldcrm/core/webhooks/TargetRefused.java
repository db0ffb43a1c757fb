package dev.fieldcrm.core.webhooks;

/** A delivery target that must not be contacted (it resolves to a forbidden address, or cannot be resolved). */
public final class TargetRefused extends RuntimeException {
    public TargetRefused(String message) {
        super(message, null, false, false);
    }
}
