package dev.fieldcrm.api.idempotency;

/** An update came without If-Match. */
public final class PreconditionRequired extends RuntimeException {
    public PreconditionRequired() {
        super("send If-Match with the ETag you read, so a concurrent change is not overwritten", null, false, false);
    }
}
