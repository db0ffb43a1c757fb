package dev.fieldcrm.core.notify;

import dev.fieldcrm.core.normalize.Emails;
import dev.fieldcrm.core.normalize.Phones;
import dev.fieldcrm.core.shared.ValidationFailed;

/**
 * The one spelling of an address on the suppression list: emails lower-case and trimmed, phones E.164 (numbers
 * without a country code read in the tenant's default region), push endpoints (ARNs) as given.
 */
public final class SuppressedAddresses {
    private final Phones phones;

    public SuppressedAddresses(Phones phones) {
        this.phones = phones;
    }

    /** @throws ValidationFailed on {@code address} when it is no email, phone number or push endpoint */
    public String normalise(String address) {
        String text = address == null ? "" : address.strip();
        if (text.contains("@")) {
            return Emails.normalise(text)
                    .orElseThrow(() -> ValidationFailed.of("address", "is not a valid email address"));
        }
        if (text.startsWith("arn:")) {
            return text;
        }
        return phones.toE164(text)
                .orElseThrow(() -> ValidationFailed.of("address", "must be an email address, a phone number or a push endpoint"));
    }
}
