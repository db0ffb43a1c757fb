package dev.fieldcrm.core.leads;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What a person told us about themselves, as received (after the form's field mapping, before normalisation:
 * the worker normalises email and phone when it matches, so the request keeps what was typed).
 *
 * @param consents consent checkboxes by name (e.g. {@code marketing → true}); only what the person ticked or declined
 * @param custom   the form's custom fields by name
 */
public record LeadFields(
        String name,
        String company,
        String email,
        String phone,
        String country,
        String region,
        String city,
        String message,
        Map<String, Boolean> consents,
        Map<String, String> custom) {

    public LeadFields {
        consents = consents == null ? Map.of() : Map.copyOf(consents);
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }

    /** The same fields without these consents (neither given nor declined: pending confirmation). */
    public LeadFields withoutConsents(Collection<String> names) {
        Map<String, Boolean> kept = new HashMap<>(consents);
        kept.keySet().removeAll(names);
        return new LeadFields(name, company, email, phone, country, region, city, message, kept, custom);
    }

    /** The same fields with these consents given (confirmed by the person). */
    public LeadFields withConsentsGiven(Collection<String> names) {
        Map<String, Boolean> given = new HashMap<>(consents);
        names.forEach(consent -> given.put(consent, true));
        return new LeadFields(name, company, email, phone, country, region, city, message, given, custom);
    }
}
