package dev.fieldcrm.core.webforms;

/**
 * What the public endpoint answers. Spam and replays are {@link Accepted}, indistinguishable from a stored
 * submission, so a bot learns nothing; the rest are refusals the HTTP layer turns into status codes.
 */
public sealed interface SubmissionOutcome {
    /** 202 (JSON) / 303 (HTML form): thank you. */
    record Accepted(String message, String redirectUrl) implements SubmissionOutcome {
    }

    /** 404: no such key, or a retired one. */
    record UnknownForm() implements SubmissionOutcome {
    }

    /** 410: the form is switched off. */
    record Disabled() implements SubmissionOutcome {
    }

    /** 403: the request's {@code Origin} is not one of the form's allowed origins. */
    record OriginRefused() implements SubmissionOutcome {
    }

    /** 429 with {@code Retry-After}. */
    record RateLimited(long retryAfterSeconds) implements SubmissionOutcome {
    }
}
