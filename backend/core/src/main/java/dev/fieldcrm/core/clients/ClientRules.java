package dev.fieldcrm.core.clients;

import dev.fieldcrm.core.normalize.Emails;
import dev.fieldcrm.core.normalize.Phones;
import dev.fieldcrm.core.normalize.TaxIds;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.UniqueValue;
import dev.fieldcrm.core.shared.ValidationFailed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Normalises what users type (phones to E.164, emails to lower case, tax ids compacted) and names the
 * values that must be unique in the tenant. Shape checks (lengths, ranges) happen at the API edge.
 */
public final class ClientRules {
    private final Phones phones;

    public ClientRules(Phones phones) {
        this.phones = phones;
    }

    public ClientDetails normalise(ClientDetails details) {
        List<FieldError> errors = new ArrayList<>();
        List<String> e164 = normalisePhones(details.phones(), errors);
        List<String> emails = normaliseEmails(details.emails(), errors);
        Requisites requisites = details.requisites();
        if (requisites != null && requisites.taxId() != null && !requisites.taxId().isBlank()) {
            String taxId = TaxIds.normalise(requisites.taxId()).orElse(null);
            if (taxId == null) {
                errors.add(new FieldError("requisites.taxId", "must contain only letters and digits (spaces and dashes are ignored)"));
            }
            requisites = new Requisites(taxId, requisites.registrationNumber(), requisites.bankAccount(), requisites.bankName());
        }
        if (details.contract() != null && details.contract().start() != null && details.contract().end() != null
                && details.contract().end().isBefore(details.contract().start())) {
            errors.add(new FieldError("contract.end", "must not be before contract.start"));
        }
        if (details.name() == null || details.name().isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return details.withContacts(e164, emails, requisites);
    }

    public ContactDetails normalise(ContactDetails details) {
        List<FieldError> errors = new ArrayList<>();
        List<String> e164 = normalisePhones(details.phones(), errors);
        List<String> emails = normaliseEmails(details.emails(), errors);
        if (details.name() == null || details.name().isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return details.withContacts(e164, emails);
    }

    /** The unique values of normalised client details. */
    public static Set<UniqueValue> uniques(ClientDetails details) {
        Set<UniqueValue> values = new LinkedHashSet<>();
        details.phones().forEach(p -> values.add(UniqueValue.phone(p)));
        details.emails().forEach(e -> values.add(UniqueValue.email(e)));
        if (details.requisites() != null && details.requisites().taxId() != null) {
            values.add(UniqueValue.taxId(details.requisites().taxId()));
        }
        if (details.externalId() != null) {
            values.add(UniqueValue.externalId(details.externalId()));
        }
        return values;
    }

    /** The unique values of normalised contact details. */
    public static Set<UniqueValue> uniques(ContactDetails details) {
        Set<UniqueValue> values = new LinkedHashSet<>();
        details.phones().forEach(p -> values.add(UniqueValue.phone(p)));
        details.emails().forEach(e -> values.add(UniqueValue.email(e)));
        if (details.externalId() != null) {
            values.add(UniqueValue.contactExternalId(details.externalId()));
        }
        return values;
    }

    public String phoneOrNull(String text) {
        return phones.toE164(text).orElse(null);
    }

    private List<String> normalisePhones(List<String> raw, List<FieldError> errors) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String e164 = phones.toE164(raw.get(i)).orElse(null);
            if (e164 == null) {
                errors.add(new FieldError("phones[" + i + "]", "is not a valid phone number"));
            } else {
                out.add(e164);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> normaliseEmails(List<String> raw, List<FieldError> errors) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String email = Emails.normalise(raw.get(i)).orElse(null);
            if (email == null) {
                errors.add(new FieldError("emails[" + i + "]", "is not a valid email address"));
            } else {
                out.add(email);
            }
        }
        return List.copyOf(out);
    }
}
