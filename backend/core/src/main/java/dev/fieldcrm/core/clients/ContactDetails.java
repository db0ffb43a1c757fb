package dev.fieldcrm.core.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A key person at a client: who they are in the buying structure and how (and whether) we may reach them. */
public record ContactDetails(
        @NotBlank @Size(max = 200) String name,
        BuyingRole buyingRole,
        @Size(max = 200) String position,
        @Size(max = 5) List<@NotBlank @Size(max = 40) String> phones,
        @Size(max = 5) List<@NotBlank @Size(max = 254) String> emails,
        @Past LocalDate birthday,
        @Size(max = 2000) String notes,
        boolean emailConsent,
        boolean smsConsent,
        @Size(max = 100) String externalId) {

    public ContactDetails {
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    /** Details without an external id (a contact added in FieldCRM rather than imported). */
    public ContactDetails(String name, BuyingRole buyingRole, String position, List<String> phones, List<String> emails,
                          LocalDate birthday, String notes, boolean emailConsent, boolean smsConsent) {
        this(name, buyingRole, position, phones, emails, birthday, notes, emailConsent, smsConsent, null);
    }

    ContactDetails withContacts(List<String> normalisedPhones, List<String> normalisedEmails) {
        return new ContactDetails(name.strip(), buyingRole, position, normalisedPhones, normalisedEmails, birthday,
                notes, emailConsent, smsConsent, ExternalIds.normalise(externalId));
    }
}
