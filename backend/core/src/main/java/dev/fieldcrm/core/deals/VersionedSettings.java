package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;

/**
 * Stores a new version of a tenant setting (sales settings, a pipeline, the lead settings…) and its audit entry in
 * the settings partition, in one transaction. A default counts as version 0, so its first store creates the item.
 */
public final class VersionedSettings {
    private final ChangeWriter writer;
    private final Clock clock;

    /** @param clock stamps the audit entries */
    public VersionedSettings(ChangeWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * @param before the current version (a default counts as one), null for a new setting
     * @param what   names the setting in a conflict and (dashed) as the audit entry's entity
     */
    public void store(Caller caller, long currentVersion, long expectedVersion, Object before, Object updated,
                      String what, String entityId) {
        store(caller, currentVersion, expectedVersion, before, updated, what, entityId, new ChangeSet());
    }

    /** As above, with further writes that must happen with the change (e.g. a schedule derived from the setting). */
    public void store(Caller caller, long currentVersion, long expectedVersion, Object before, Object updated,
                      String what, String entityId, ChangeSet with) {
        if (expectedVersion != currentVersion) {
            throw new VersionConflict(what, currentVersion);
        }
        ChangeSet changes = currentVersion == 0 ? new ChangeSet().create(updated) : new ChangeSet().replace(updated, expectedVersion);
        changes.addAll(with);
        changes.create(new SettingsAuditEntry(Audit.entry(caller, clock.instant(), null, what.replace(' ', '-'), entityId,
                before == null ? "created" : "changed", before, updated)));
        try {
            writer.apply(caller.tenantId(), changes);
        } catch (AlreadyExists e) {
            // Another admin stored the first version meanwhile.
            throw new VersionConflict(what, 1);
        }
    }
}
