package dev.fieldcrm.core.notify;

import java.time.Instant;

/** What became of one {@link Outgoing} handed to the {@link Postman}. */
public sealed interface SendOutcome {
    /** The provider accepted it now. */
    record Sent(String providerMessageId) implements SendOutcome {
    }

    /** It had been sent before (or is being sent by another worker right now): nothing was sent again. */
    record AlreadySent() implements SendOutcome {
    }

    /** The address is on the suppression list (bounced, complained, unsubscribed): nothing was sent. */
    record Suppressed(String reason) implements SendOutcome {
    }

    /** The provider failed or throttled; try again at {@code retryAt} (backoff with jitter). */
    record RetryLater(Instant retryAt, String reason) implements SendOutcome {
    }

    /** It failed for good (permanent error or too many attempts) and went to the dead-letter queue. */
    record Parked(String reason) implements SendOutcome {
    }

    /** The tenant's daily cap for the channel was reached: nothing was sent, and it is not retried. */
    record Capped(String reason) implements SendOutcome {
    }
}
