package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.clients.ContactDetails;

import java.util.Collection;
import java.util.List;
import java.util.Map;

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
}
