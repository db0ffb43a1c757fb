package dev.fieldcrm.core.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.tasks.Task;

import java.time.Instant;

/**
 * One change a phone applies: the record as the API's own GET returns it, or a tombstone ({@code deleted}, no
 * {@code data}) when the record left the user's scope (deleted, or handed to someone else). Phones apply by version:
 * an older or equal version never overwrites a newer one.
 *
 * @param clientId the client the record belongs to (the client's own id for a client; null for a deal without one)
 * @param version  the record's version; a tombstone carries the version that removed it from the scope
 * @param at       when the record changed
 * @param data     the record (Client, Contact, Task, Interaction, Deal, Order, Lead), or null for a tombstone or a record
 *                 too big to be copied into the feed (the phone then reads it with the record's GET)
 *
 * <p>Every member is written, nulls too ({@code "data": null}), as contract B shows them.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SyncChange(SyncKind kind, String id, String clientId, Long version, boolean deleted, Instant at,
                         Object data) {

    /** The record itself, as a change at the time it was last written. */
    public static SyncChange of(Object record) {
        Facts facts = facts(record);
        return new SyncChange(SyncKind.of(record).orElseThrow(), facts.id(), facts.clientId(), facts.version(), false,
                facts.changedAt(), record);
    }

    /** The record leaving a user's scope at {@code at}, superseding its versions up to {@code version}. */
    public static SyncChange tombstone(Object record, long version, Instant at) {
        Facts facts = facts(record);
        return new SyncChange(SyncKind.of(record).orElseThrow(), facts.id(), facts.clientId(), version, true, at, null);
    }

    /** The same change without its data (the record did not fit into a feed entry). */
    public SyncChange withoutData() {
        return new SyncChange(kind, id, clientId, version, deleted, at, null);
    }

    /**
     * What the feed needs to know of a synced record, read in one place.
     *
     * @param holder whose phone keeps it: owner, assignee or author; null for a contact (its client's owner holds it)
     */
    record Facts(String id, String clientId, long version, Instant changedAt, String holder) {
    }

    static Facts facts(Object record) {
        return switch (record) {
            case Client c -> new Facts(c.id(), c.id(), c.version(), c.updatedAt(), c.ownerId());
            case Contact c -> new Facts(c.id(), c.clientId(), c.version(), c.updatedAt(), null);
            case Task t -> new Facts(t.id(), t.clientId(), t.version(), t.updatedAt(), t.assigneeId());
            // Journal entries are never edited: they change when they are made.
            case Interaction i -> new Facts(i.id(), i.clientId(), i.version(), i.createdAt(), i.authorId());
            case Deal d -> new Facts(d.id(), d.clientId(), d.version(), d.updatedAt(), d.ownerId());
            case Order o -> new Facts(o.id(), o.clientId(), o.version(), o.updatedAt(), o.ownerId());
            // Only an open lead is on its owner's phone: converting, merging or rejecting it tombstones it there.
            case Lead l -> new Facts(l.id(), l.clientId(), l.version(), l.updatedAt(), l.isOpen() ? l.ownerId() : null);
            default -> throw new IllegalArgumentException("not a synced record: " + record.getClass().getSimpleName());
        };
    }
}
