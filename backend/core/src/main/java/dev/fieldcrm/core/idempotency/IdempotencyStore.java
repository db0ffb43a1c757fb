package dev.fieldcrm.core.idempotency;

import dev.fieldcrm.core.shared.Caller;

import java.util.Optional;

/** Looks up earlier answers to idempotent requests; records are written by the stores' transactions. */
public interface IdempotencyStore {
    Optional<IdempotencyRecord> find(Caller caller, String key);
}
