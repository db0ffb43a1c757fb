package dev.fieldcrm.core.clients;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.idempotency.Idempotency;
import dev.fieldcrm.core.idempotency.IdempotentRequest;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.time.Instant;

/** Use cases for the key people of a client. */
public final class ContactService {
    /** Keeps a card (one Query) bounded. */
    public static final int MAX_CONTACTS_PER_CLIENT = 100;

    private final ClientService clientCards;
    private final ChangeWriter writer;
    private final ClientRules rules;
    private final Clock clock;

    public ContactService(ClientService clientCards, ChangeWriter writer, ClientRules rules, Clock clock) {
        this.clientCards = clientCards;
        this.writer = writer;
        this.rules = rules;
        this.clock = clock;
    }

    public Contact add(Caller caller, String clientId, String requestedId, ContactDetails input, IdempotentRequest idempotent) {
        ClientCard card = clientCards.card(caller, clientId);
        String id = requestedId == null ? Ids.newId() : Ids.requireValid("id", requestedId);
        if (requestedId != null) {
            var existing = card.contacts().stream().filter(c -> c.id().equals(id)).findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        if (card.contacts().size() >= MAX_CONTACTS_PER_CLIENT) {
            throw ValidationFailed.of("clientId", "a client can have at most " + MAX_CONTACTS_PER_CLIENT + " contacts");
        }
        Instant now = clock.instant();
        ChangeSet changes = new ChangeSet();
        Contact contact = planAdd(caller, clientId, id, input, now, changes);
        Idempotency.remember(changes, caller, idempotent, contact, now);
        try {
            writer.apply(caller.tenantId(), changes);
        } catch (AlreadyExists e) {
            if (requestedId == null) {
                throw e;
            }
        }
        return contact;
    }

    /**
     * Adds a new contact's writes to {@code changes} (the contact, its unique-value guards, the audit entry), with the
     * same normalisation as {@link #add}: for a client created in the same transaction (converting a lead), whose
     * card cannot be read yet.
     */
    public Contact planAdd(Caller caller, String clientId, String id, ContactDetails input, Instant now, ChangeSet changes) {
        ContactDetails details = rules.normalise(input);
        Contact contact = new Contact(id, clientId, details, false, now, caller.userId(), now, caller.userId(), 1);
        changes.create(contact);
        RecordRef ref = new RecordRef(clientId, id, details.name());
        ClientRules.uniques(details).forEach(value -> changes.claim(value, ref));
        changes.audit(Audit.entry(caller, now, clientId, "contact", id, "created", null, contact));
        return contact;
    }

    public Contact update(Caller caller, String clientId, String contactId, long expectedVersion, ContactDetails input) {
        Contact current = find(caller, clientId, contactId);
        ContactDetails details = rules.normalise(input);
        Instant now = clock.instant();
        Contact updated = current.withDetails(details, caller.userId(), now);
        ChangeSet changes = new ChangeSet().replace(updated, expectedVersion);
        RecordRef ref = new RecordRef(clientId, contactId, details.name());
        changes.rebind(ClientRules.uniques(current.details()), ClientRules.uniques(details), ref);
        changes.audit(Audit.entry(caller, now, clientId, "contact", contactId, "updated", current, updated));
        writer.apply(caller.tenantId(), changes);
        return updated;
    }

    public Contact setArchived(Caller caller, String clientId, String contactId, long expectedVersion, boolean archived) {
        Contact current = find(caller, clientId, contactId);
        Instant now = clock.instant();
        Contact updated = current.withArchived(archived, caller.userId(), now);
        writer.apply(caller.tenantId(), new ChangeSet().replace(updated, expectedVersion)
                .audit(Audit.entry(caller, now, clientId, "contact", contactId, archived ? "archived" : "restored", current, updated)));
        return updated;
    }

    public Contact find(Caller caller, String clientId, String contactId) {
        return clientCards.card(caller, clientId).contacts().stream()
                .filter(c -> c.id().equals(contactId))
                .findFirst()
                .orElseThrow(() -> new NotFound("contact"));
    }
}
