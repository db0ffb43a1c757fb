package dev.fieldcrm.core.clients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a user may write on a client card (seed 004). Ownership, versions and timestamps are not here:
 * they are set by the system, so a request cannot assign them.
 */
public record ClientDetails(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 60) String legalForm,
        @Size(max = 2000) String description,
        @Size(max = 100) String industry,
        CompanySize size,
        @Size(max = 5) List<@NotNull @Valid Address> addresses,
        @Size(max = 5) List<@NotBlank @Size(max = 40) String> phones,
        @Size(max = 5) List<@NotBlank @Size(max = 254) String> emails,
        @Valid Requisites requisites,
        @Valid Geography geography,
        @Size(max = 100) String segment,
        Priority priority,
        ClientType type,
        Category category,
        @Size(max = 100) String conditionsPackage,
        @Valid Money salesPotential,
        @DecimalMin("0") @DecimalMax("100") BigDecimal shareOfWallet,
        @Min(1) @Max(5) Integer loyalty,
        @Valid Contract contract,
        @Size(max = 100) String externalId) {

    public ClientDetails {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    /** Details without an external id (a client created in FieldCRM rather than imported). */
    public ClientDetails(String name, String legalForm, String description, String industry, CompanySize size,
                         List<Address> addresses, List<String> phones, List<String> emails, Requisites requisites,
                         Geography geography, String segment, Priority priority, ClientType type, Category category,
                         String conditionsPackage, Money salesPotential, BigDecimal shareOfWallet, Integer loyalty,
                         Contract contract) {
        this(name, legalForm, description, industry, size, addresses, phones, emails, requisites, geography, segment,
                priority, type, category, conditionsPackage, salesPotential, shareOfWallet, loyalty, contract, null);
    }

    public String city() {
        return geography == null ? null : geography.city();
    }

    ClientDetails withContacts(List<String> normalisedPhones, List<String> normalisedEmails, Requisites normalisedRequisites) {
        return new ClientDetails(name.strip(), legalForm, description, industry, size, addresses, normalisedPhones,
                normalisedEmails, normalisedRequisites, geography, segment, priority, type, category,
                conditionsPackage, salesPotential, shareOfWallet, loyalty, contract, ExternalIds.normalise(externalId));
    }
}
