package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.normalize.Emails;
import dev.fieldcrm.core.normalize.Phones;

/**
 * The person behind an inbound request, normalised the way the guards store it: email trimmed and lower case
 * ({@link Emails}), phone in E.164 ({@link Phones}, with the tenant's default region). A value that cannot be
 * normalised is left out of matching (it stays, as typed, in the request's fields).
 *
 * @param displayName the name to show: the person's name, else the company, else the email or phone
 */
public record InboundPerson(String email, String phone, String displayName) {

    public static InboundPerson of(LeadFields fields, String phoneRegion) {
        String email = fields == null ? null : Emails.normalise(fields.email()).orElse(null);
        String phone = fields == null || fields.phone() == null ? null
                : new Phones(phoneRegion).toE164(fields.phone()).orElse(null);
        return new InboundPerson(email, phone, displayName(fields, email, phone));
    }

    public boolean isAnonymous() {
        return email == null && phone == null;
    }

    private static String displayName(LeadFields fields, String email, String phone) {
        if (fields != null && fields.name() != null && !fields.name().isBlank()) {
            return fields.name().strip();
        }
        if (fields != null && fields.company() != null && !fields.company().isBlank()) {
            return fields.company().strip();
        }
        if (email != null) {
            return email;
        }
        return phone != null ? phone : "Unknown";
    }
}
