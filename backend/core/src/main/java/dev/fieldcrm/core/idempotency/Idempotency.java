package dev.fieldcrm.core.idempotency;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.store.ChangeSet;

import java.time.Instant;

/** Adds the response of an idempotent request to the change set that produces it. */
public final class Idempotency {
    private Idempotency() {
    }

    public static void remember(ChangeSet changes, Caller caller, IdempotentRequest request, Object result, Instant at) {
        if (request != null) {
            changes.remember(caller.userId(),
                    new IdempotencyRecord(request.key(), request.requestHash(), request.render().apply(result), at));
        }
    }
}
