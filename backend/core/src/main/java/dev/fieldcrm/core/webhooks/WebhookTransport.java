package dev.fieldcrm.core.webhooks;

import java.net.URI;
import java.util.Map;

/**
 * Sends one signed POST to a subscriber. Implementations must be SSRF-safe ({@link SafeTargets}: https only,
 * connect only to vetted addresses), follow no redirect, time out quickly and read a bounded part of the answer.
 */
public interface WebhookTransport {
    /** @throws Failure when no HTTP answer came back (refused target, timeout, connection or TLS failure) */
    Response post(URI url, Map<String, String> headers, byte[] body);

    /** The receiver's answer: its status and the start of its body (bounded). */
    record Response(int status, String excerpt) {
        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    /** No answer; {@code permanent} when trying again cannot help (the target is forbidden). */
    final class Failure extends RuntimeException {
        private final boolean permanent;

        public Failure(String message, boolean permanent, Throwable cause) {
            super(message, cause, false, false);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
