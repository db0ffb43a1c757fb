package dev.fieldcrm.mobile.core.outbox;

import dev.fieldcrm.mobile.core.api.ApiRequest;
import dev.fieldcrm.mobile.core.store.RecordKind;

/**
 * A command before it is queued (no id yet). Build them with {@link Commands}.
 *
 * @param label    what the rep did, for the pending list
 * @param request  what to send (the outbox sets its Idempotency-Key)
 * @param target   the kind of record created or changed, or null
 * @param targetId that record's id when known in advance, or null
 * @param clientId the client it belongs to, or null
 * @param readPath where to read the server's version of the target after a conflict: the record itself, or a
 *                 document holding it (the client card holds the open tasks), or null
 */
public record CommandDraft(String label, ApiRequest request, RecordKind target, String targetId, String clientId,
                           String readPath) {
}
