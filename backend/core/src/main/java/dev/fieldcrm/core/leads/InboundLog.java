package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.store.GuardTaken;

import java.util.List;

/**
 * Where the public endpoints (forms, telephony and chat webhooks) leave an {@link InboundRequest} for the worker.
 * One call is one {@code TransactWriteItems}: the request (status {@link InboundStatus#RECEIVED}), each of its
 * {@link ReplayGuard}s, and whatever the caller counts alongside (e.g. the form's "received" counter). If any guard
 * is still held by an earlier request, the whole transaction is cancelled — nothing is stored, nothing counted — and
 * the receipt names the earlier request. So a replay, a double click or a concurrent duplicate can never create a
 * second request, and the worker sees exactly one stream INSERT.
 *
 * <p>DynamoDB calls: 1 TransactWriteItems (1 + guards + counted items), nothing else, also on a replay (the cancelled
 * guard's old image names the holder).
 */
public final class InboundLog {
    private final ChangeWriter writer;

    public InboundLog(ChangeWriter writer) {
        this.writer = writer;
    }

    /** What became of a received request. */
    public record Receipt(String requestId, boolean replay) {
    }

    public Receipt receive(String tenantId, InboundRequest request, List<ReplayGuard> guards) {
        return receive(tenantId, request, guards, new ChangeSet());
    }

    /**
     * @param request   with status {@link InboundStatus#RECEIVED} and version 1
     * @param alongside further writes of the same transaction (counters); applied only if the request is stored
     */
    public Receipt receive(String tenantId, InboundRequest request, List<ReplayGuard> guards, ChangeSet alongside) {
        if (request.status() != InboundStatus.RECEIVED) {
            throw new IllegalArgumentException("an inbound request is received with status RECEIVED");
        }
        ChangeSet changes = new ChangeSet().create(request);
        for (ReplayGuard guard : guards) {
            changes.guard(guard.key(), request.id(), guard.expiresAt(request.receivedAt()), request.receivedAt());
        }
        alongside.changes().forEach(change -> add(changes, change));
        try {
            writer.apply(tenantId, changes);
            return new Receipt(request.id(), false);
        } catch (GuardTaken taken) {
            return new Receipt(taken.holderId(), true);
        }
    }

    private static void add(ChangeSet target, ChangeSet.Change change) {
        switch (change) {
            case ChangeSet.Count c -> target.count(c.counter(), c.deltas());
            case ChangeSet.Overwrite o -> target.overwrite(o.record());
            case ChangeSet.Create c -> target.create(c.record());
            default -> throw new IllegalArgumentException("only creates, overwrites and counts ride along: " + change);
        }
    }
}
