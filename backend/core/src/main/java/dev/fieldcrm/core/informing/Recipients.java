package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.notify.Channel;

import java.util.List;
import java.util.Optional;

/** Whether and where a contact may be reached by a channel: consent for it, and its first (normalised) address. */
final class Recipients {
    private Recipients() {
    }

    static boolean consents(Contact contact, Channel channel) {
        return switch (channel) {
            case EMAIL -> contact.details().emailConsent();
            case SMS -> contact.details().smsConsent();
            case PUSH -> false;
        };
    }

    static Optional<String> address(Contact contact, Channel channel) {
        List<String> addresses = addresses(contact, channel);
        return addresses.isEmpty() ? Optional.empty() : Optional.of(addresses.getFirst());
    }

    static List<String> addresses(Contact contact, Channel channel) {
        return switch (channel) {
            case EMAIL -> contact.details().emails();
            case SMS -> contact.details().phones();
            case PUSH -> List.of();
        };
    }
}
