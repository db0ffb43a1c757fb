package dev.fieldcrm.core.informing;


/**
 * A public link's token is malformed, forged, tampered with or names nothing (any of these: the answer must not
 * tell which, nor anything about the tenant). Not a {@code DomainException}: it is answered by the public pages
 * themselves (a neutral page or a 400 problem), never by the API-wide mappers.
 */
public final class InvalidLink extends RuntimeException {
    public InvalidLink() {
        super("this link is not valid");
    }
}
