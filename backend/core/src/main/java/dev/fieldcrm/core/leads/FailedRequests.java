package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.time.Instant;

/**
 * Inbound requests the worker gave up on ({@link InboundStatus#FAILED}): managers and admins list them and try one
 * again. A failed request has no owner yet (processing is what assigns), so it belongs to the tenant, not to a team;
 * reps see none. A request of another tenant is simply not found (its key starts with the caller's tenant).
 */
public final class FailedRequests {
    private final LeadQueries leads;
    private final InboundLookups lookups;
    private final ChangeWriter writer;
    private final Clock clock;

    public FailedRequests(LeadQueries leads, InboundLookups lookups, ChangeWriter writer, Clock clock) {
        this.leads = leads;
        this.lookups = lookups;
        this.writer = writer;
        this.clock = clock;
    }

    /** The tenant's failed requests, newest first: one Query of the sparse failed-requests index (GSI2). */
    public Page<FailedInbound> list(Caller caller, PageRequest page) {
        requireSupervisor(caller);
        Page<InboundRequest> failed = leads.failed(caller.tenantId(), page);
        return new Page<>(failed.items().stream().map(FailedInbound::of).toList(), failed.nextCursor());
    }

    /**
     * Puts a FAILED request back on the processing path: it becomes RECEIVED again (on its version, with an audit
     * entry), and the worker, which reacts to that change on the stream, processes it once more — one run; a failure
     * gives it up again at once. GetItem (consistent) request · TransactWriteItems (Put request, Put audit).
     *
     * <p>Idempotent: a request that is not FAILED (retried already, being processed, processed) is answered with its
     * current state and nothing is written (1 GetItem); of two retries at once, one writes and the other reads again.
     */
    public FailedInbound retry(Caller caller, String requestId) {
        requireSupervisor(caller);
        InboundRequest current = stored(caller, requestId);
        if (current.status() != InboundStatus.FAILED) {
            return FailedInbound.of(current);
        }
        Instant now = clock.instant();
        InboundRequest retried = current.retried();
        try {
            writer.apply(caller.tenantId(), new ChangeSet().replace(retried, current.version())
                    .create(new InboundAuditEntry(current.id(), Audit.entry(caller, now, null, "inbound request",
                            current.id(), "retried", current, retried))));
            return FailedInbound.of(retried);
        } catch (VersionConflict retriedMeanwhile) {
            return FailedInbound.of(stored(caller, requestId));
        }
    }

    private InboundRequest stored(Caller caller, String requestId) {
        if (requestId == null || !Ids.isValid(requestId)) {
            throw new NotFound("inbound request");
        }
        return lookups.request(caller.tenantId(), requestId).orElseThrow(() -> new NotFound("inbound request"));
    }

    private static void requireSupervisor(Caller caller) {
        if (!caller.supervises()) {
            throw new Forbidden("only a manager or an admin can see and retry failed inbound requests");
        }
    }
}
