package dev.fieldcrm.core.webforms;

/** The counters of a form's {@link WebFormTally} item, by their stored attribute names. */
public enum FormCounter {
    RECEIVED("received"),
    SPAM_HONEYPOT("spamHoneypot"),
    SPAM_TOO_FAST("spamTooFast"),
    SPAM_TOKEN("spamToken"),
    RATE_LIMITED("rateLimited"),
    REPLAYS("replays");

    public final String attribute;

    FormCounter(String attribute) {
        this.attribute = attribute;
    }
}
