package dev.fieldcrm.core.leads;

/**
 * A genuine double opt-in link used after its validity ({@link ConsentConfirmation#VALIDITY}): answered 410 by the
 * public page. Only a link whose MAC holds can be told expired; anything else is {@code InvalidLink}.
 */
public final class LinkExpired extends RuntimeException {
    public LinkExpired() {
        super("this link has expired");
    }
}
