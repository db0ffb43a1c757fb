package dev.fieldcrm.core.store;

import dev.fieldcrm.core.audit.AuditEntry;
import dev.fieldcrm.core.idempotency.IdempotencyRecord;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.UniqueValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one use case writes, applied atomically (one DynamoDB transaction): either all of it is
 * stored or none of it is. Conditions make concurrent edits and duplicates fail instead of overwriting.
 */
public final class ChangeSet {
    private final List<Change> changes = new ArrayList<>();

    /** One write of the set. */
    public sealed interface Change permits Create, Replace, Move, Claim, Release, Audit, Remember, Overwrite, Remove, Withdraw, Count, Guard {
    }

    /** Store a new record; fails if a record with its key exists. */
    public record Create(Object record) implements Change {
    }

    /** Overwrite a record whose stored version must still be {@code expectedVersion}. */
    public record Replace(Object record, long expectedVersion) implements Change {
    }

    /** Replace a record whose key changes with its state (an open task becoming done). */
    public record Move(Object from, long expectedVersion, Object to) implements Change {
    }

    /** Take a unique value for a record; fails if another record holds it. */
    public record Claim(UniqueValue value, RecordRef owner) implements Change {
    }

    /** Give up a unique value the record holds. */
    public record Release(UniqueValue value, RecordRef owner) implements Change {
    }

    public record Audit(AuditEntry entry) implements Change {
    }

    /** Keep the first response to an idempotent request; fails if the key was used already. */
    public record Remember(String userId, IdempotencyRecord record) implements Change {
    }

    /**
     * Store a derived copy whatever is there (e.g. a deal's summary on its client's card): the record it is
     * derived from is written conditionally in the same set, which already guards against concurrent edits.
     */
    public record Overwrite(Object record) implements Change {
    }

    /** Delete a derived copy if it exists (same reasoning as {@link Overwrite}). */
    public record Remove(Object record) implements Change {
    }

    /**
     * Delete a record that must still be there (fails otherwise): paired with a {@link Count} that subtracts it, so a
     * delete applied twice cannot count down twice.
     */
    public record Withdraw(Object record) implements Change {
    }

    /**
     * Add (or subtract) amounts to named counters of one counter item, creating it when missing. The writer merges
     * the counts of one set that hit the same item into one update (a transaction may touch an item only once).
     *
     * @param counter the record whose key names the counter item (its fields are stored beside the counters)
     * @param deltas  counter name → amount to add
     */
    public record Count(Object counter, java.util.Map<String, java.math.BigDecimal> deltas) implements Change {
        public Count {
            deltas = java.util.Map.copyOf(deltas);
        }
    }

    /**
     * Take a replay guard: a key (e.g. a form's submission id) that only one inbound request may hold until
     * {@code expiresAt}. Fails with {@link GuardTaken} (naming the holder) while another holds it unexpired; an expired
     * guard counts as free even before TTL deletion removes it.
     *
     * @param key      what is guarded, unique within the tenant (e.g. {@code FORM#<formId>#SUB#<submissionId>})
     * @param holderId the id of the request taking it
     * @param now      the instant the expiry is compared with
     */
    public record Guard(String key, String holderId, java.time.Instant expiresAt, java.time.Instant now) implements Change {
    }

    public ChangeSet create(Object record) {
        changes.add(new Create(record));
        return this;
    }

    /** Creates a record not stored yet ({@code previousVersion} 0: versions start at 1), else replaces it on its version. */
    public ChangeSet createOrReplace(Object record, long previousVersion) {
        return previousVersion == 0 ? create(record) : replace(record, previousVersion);
    }

    public ChangeSet replace(Object record, long expectedVersion) {
        changes.add(new Replace(record, expectedVersion));
        return this;
    }

    public ChangeSet move(Object from, long expectedVersion, Object to) {
        changes.add(new Move(from, expectedVersion, to));
        return this;
    }

    public ChangeSet claim(UniqueValue value, RecordRef owner) {
        changes.add(new Claim(value, owner));
        return this;
    }

    public ChangeSet release(UniqueValue value, RecordRef owner) {
        changes.add(new Release(value, owner));
        return this;
    }

    /** Claims the values the record gained and releases the ones it dropped. */
    public ChangeSet rebind(java.util.Set<UniqueValue> before, java.util.Set<UniqueValue> after, RecordRef owner) {
        after.stream().filter(v -> !before.contains(v)).forEach(v -> claim(v, owner));
        before.stream().filter(v -> !after.contains(v)).forEach(v -> release(v, owner));
        return this;
    }

    public ChangeSet audit(AuditEntry entry) {
        changes.add(new Audit(entry));
        return this;
    }

    public ChangeSet remember(String userId, IdempotencyRecord record) {
        changes.add(new Remember(userId, record));
        return this;
    }

    public ChangeSet overwrite(Object record) {
        changes.add(new Overwrite(record));
        return this;
    }

    public ChangeSet remove(Object record) {
        changes.add(new Remove(record));
        return this;
    }

    public ChangeSet withdraw(Object record) {
        changes.add(new Withdraw(record));
        return this;
    }

    public ChangeSet count(Object counter, java.util.Map<String, java.math.BigDecimal> deltas) {
        if (!deltas.isEmpty()) {
            changes.add(new Count(counter, deltas));
        }
        return this;
    }

    public ChangeSet guard(String key, String holderId, java.time.Instant expiresAt, java.time.Instant now) {
        changes.add(new Guard(key, holderId, expiresAt, now));
        return this;
    }

    /** Appends another set's writes (one transaction for both). */
    public ChangeSet addAll(ChangeSet other) {
        changes.addAll(other.changes);
        return this;
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }
}
