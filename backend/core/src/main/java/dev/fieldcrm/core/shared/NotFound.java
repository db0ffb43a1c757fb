package dev.fieldcrm.core.shared;

/** The resource does not exist for this caller (also used where revealing its existence would leak data). */
public final class NotFound extends DomainException {
    public NotFound(String what) {
        super(what + " not found");
    }
}
