package dev.fieldcrm.core.shared;

/** The item changed since the caller read it: the caller's write was not applied. */
public final class VersionConflict extends DomainException {
    private final long currentVersion;

    public VersionConflict(String what, long currentVersion) {
        super(what + " was changed by someone else (current version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
