package dev.fieldcrm.core.webforms;

/** The counters of a form's {@link WebFormTally} item, by their stored attribute names. */
public enum FormCounter {
    RECEIVED("received"),
    SPAM_HONEYPOT("spamHoneypot"),
    SPAM_TOO_FAST("spamTooFast"),
    SPAM_TOKEN("spamToken"),
    SPAM_CAPTCHA("spamCaptcha"),
    CAPTCHA_UNAVAILABLE("captchaUnavailable"),
    RATE_LIMITED("rateLimited"),
    REPLAYS("replays"),
    /** Stored, but processing failed every attempt (the worker gave up on it). */
    FAILED("failed");

    public final String attribute;

    FormCounter(String attribute) {
        this.attribute = attribute;
    }
}
