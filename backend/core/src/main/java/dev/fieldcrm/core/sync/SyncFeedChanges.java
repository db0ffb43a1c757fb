package dev.fieldcrm.core.sync;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.tasks.Task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps every user's sync feed from the table's stream: a change of a record in someone's scope becomes an entry in
 * that user's feed holding the record (client → owner, contact → its client's owner, task → assignee, interaction →
 * author, deal → owner, order → owner). When the holder changes, the old holder gets a tombstone and the new one the
 * record; a client handed over also moves its contacts (the contact images do not name the owner).
 *
 * <p>Idempotent: an entry's position is the record's change time, the stream event id and the entry's number, so a
 * redelivered record rewrites the same items. A record processed more than {@link #LATE} after it changed is placed
 * at the processing time instead, so that it lands after every cursor already handed out (the API serves only entries
 * older than its settle window, which is longer); a redelivery of such a late record may add a duplicate entry, which
 * phones ignore (same version).
 */
public final class SyncFeedChanges implements ChangeListener {
    /** How long after its change a record may reach the feed at its own time; must stay below the API's settle window. */
    public static final Duration LATE = Duration.ofSeconds(10);

    private final ClientQueries clients;
    private final SyncFeed feed;
    private final Clock clock;

    public SyncFeedChanges(ClientQueries clients, SyncFeed feed, Clock clock) {
        this.clients = clients;
        this.feed = feed;
        this.clock = clock;
    }

    @Override
    public void on(Change change) {
        Object before = change.before();
        Object after = change.after();
        if (SyncKind.of(after != null ? after : before).isEmpty() || isCompletion(change)) {
            return;
        }
        String contactOwner = contactOwner(change);
        if (change.concerns(Contact.class) && contactOwner == null) {
            return;
        }
        String holderBefore = holder(before, contactOwner);
        String holderAfter = holder(after, contactOwner);
        Instant now = clock.instant();
        Instant at = after == null ? now : SyncChange.facts(after).changedAt();
        List<Placement> placements = new ArrayList<>();
        if (holderAfter != null) {
            placements.add(new Placement(holderAfter, SyncChange.of(after)));
        }
        if (holderBefore != null && !holderBefore.equals(holderAfter)) {
            long version = SyncChange.facts(after != null ? after : before).version();
            placements.add(new Placement(holderBefore, SyncChange.tombstone(before, version, at)));
        }
        if (before instanceof Client from && after instanceof Client to && !Objects.equals(from.ownerId(), to.ownerId())) {
            for (Contact contact : contactsOf(change.tenantId(), to.id())) {
                placements.add(new Placement(to.ownerId(), SyncChange.of(contact)));
                placements.add(new Placement(from.ownerId(), SyncChange.tombstone(contact, contact.version(), at)));
            }
        }
        Instant position = at.isBefore(now.minus(LATE)) ? now : at;
        List<FeedEntry> entries = new ArrayList<>(placements.size());
        for (int n = 0; n < placements.size(); n++) {
            Placement placement = placements.get(n);
            entries.add(new FeedEntry(placement.userId(), FeedPosition.entry(position, change.eventId(), n), placement.change()));
        }
        if (!entries.isEmpty()) {
            feed.append(change.tenantId(), entries);
        }
    }

    /**
     * Completing a task moves it (the open item is deleted, the done item written in the same transaction): the
     * removal is not the task leaving anyone's scope, the done task's insert follows with a higher version. Tasks are
     * never deleted otherwise.
     */
    private static boolean isCompletion(Change change) {
        return change.isRemoval() && change.before() instanceof Task task && task.isOpen();
    }

    /** A contact's holder is its client's owner now (1 GetItem of the client's profile); null for other records. */
    private String contactOwner(Change change) {
        Contact contact = change.after(Contact.class).or(() -> change.before(Contact.class)).orElse(null);
        if (contact == null) {
            return null;
        }
        return clients.find(change.tenantId(), contact.clientId()).map(Client::ownerId).orElse(null);
    }

    private static String holder(Object record, String contactOwner) {
        if (record == null) {
            return null;
        }
        return record instanceof Contact ? contactOwner : SyncChange.facts(record).holder();
    }

    private List<Contact> contactsOf(String tenantId, String clientId) {
        return clients.card(tenantId, clientId).map(ClientCard::contacts).orElse(List.of());
    }

    private record Placement(String userId, SyncChange change) {
    }
}
