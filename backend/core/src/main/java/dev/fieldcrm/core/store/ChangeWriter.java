package dev.fieldcrm.core.store;

/**
 * Applies a {@link ChangeSet} atomically within one tenant.
 *
 * <p>Failures come back as domain exceptions: a stale {@code Replace}/{@code Move} as
 * {@link dev.fieldcrm.core.shared.VersionConflict}, a taken {@code Claim} as
 * {@link dev.fieldcrm.core.shared.Duplicate}, an existing {@code Create} as {@link AlreadyExists}, a used
 * idempotency key as {@link dev.fieldcrm.core.idempotency.ReplayRace}, transactions that kept conflicting with others
 * through the retries as {@link WriteContention}.
 */
public interface ChangeWriter {
    void apply(String tenantId, ChangeSet changes);
}
