package dev.fieldcrm.core.notify;

/** A provider's refusal or failure, classified so the caller knows whether to slow down, retry, or give up. */
public class SendFailure extends RuntimeException {
    public enum Kind {
        /** The provider asks us to slow down (SES {@code Throttling}, SNS {@code ThrottledException}). */
        THROTTLED,
        /** Worth trying again (5xx, timeouts, connection errors). */
        TRANSIENT,
        /** Trying again cannot help (invalid address, rejected message, disabled endpoint). */
        PERMANENT
    }

    private final Kind kind;

    public SendFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
