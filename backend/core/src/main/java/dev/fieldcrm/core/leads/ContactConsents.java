package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.store.ChangeSet;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which form consents stand for a contact's channel consents (what mailings and surveys read): {@code email} or
 * {@code marketing} for email, {@code sms} for text messages. Other consents (e.g. {@code processing}) stay on the
 * lead and the request only.
 */
final class ContactConsents {
    static final List<String> EMAIL = List.of("email", "marketing");
    static final List<String> SMS = List.of("sms");

    private ContactConsents() {
    }

    static boolean given(Map<String, Boolean> consents, List<String> names) {
        return names.stream().anyMatch(name -> Boolean.TRUE.equals(consents.get(name)));
    }

    /** The details with the channel consents these confirmed names stand for switched on (none switched off). */
    static ContactDetails confirmed(ContactDetails d, Collection<String> names) {
        boolean email = d.emailConsent() || names.stream().anyMatch(EMAIL::contains);
        boolean sms = d.smsConsent() || names.stream().anyMatch(SMS::contains);
        return new ContactDetails(d.name(), d.buyingRole(), d.position(), d.phones(), d.emails(), d.birthday(), d.notes(),
                email, sms, d.externalId());
    }

    /**
     * The client's contact that holds this address (how a lead's person is found on the client it became: the
     * conversion gave the contact the lead's email; a merge chose the client the person is known at).
     */
    static Optional<Contact> holding(ClientCard card, String email) {
        if (email == null) {
            return Optional.empty();
        }
        return card.contacts().stream()
                .filter(c -> c.details().emails().stream().anyMatch(e -> e.strip().equalsIgnoreCase(email.strip())))
                .findFirst();
    }

    /**
     * Adds to {@code changes} the contact with the channel consents these names stand for switched on (on its
     * version) and its audit entry; nothing when it has them already or the names stand for no channel.
     */
    static void planConfirmed(Caller by, Contact contact, Collection<String> names, String action, Instant now,
                              ChangeSet changes) {
        ContactDetails confirmed = confirmed(contact.details(), names);
        if (confirmed.emailConsent() == contact.details().emailConsent()
                && confirmed.smsConsent() == contact.details().smsConsent()) {
            return;
        }
        Contact updated = contact.withDetails(confirmed, by.userId(), now);
        changes.replace(updated, contact.version()).audit(Audit.entry(by, now, contact.clientId(), "contact",
                contact.id(), action, contact, updated));
    }

    /** The names of the consents given in a form's consent map. */
    static List<String> givenNames(Map<String, Boolean> consents) {
        return consents == null ? List.of()
                : consents.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
    }
}
