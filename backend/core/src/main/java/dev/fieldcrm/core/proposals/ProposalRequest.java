package dev.fieldcrm.core.proposals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rep asks for when making a commercial proposal for a client.
 *
 * @param contactId  the key person it is addressed to (a contact of the client), optional
 * @param validUntil last day the offer holds; absent = {@value ProposalService#DEFAULT_VALIDITY_DAYS} days from today
 * @param language   labels of the built-in template: {@code ru} (default) or {@code en}
 * @param dealId     the deal the proposal belongs to, optional (the deal then links to it)
 */
public record ProposalRequest(
        @Size(max = 64) String contactId,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as RUB or EUR") String currency,
        LocalDate validUntil,
        @NotEmpty @Size(max = ProposalService.MAX_LINES) List<@NotNull @Valid ProposalLineInput> lines,
        @Size(max = 4000) String notes,
        @Pattern(regexp = "ru|en", message = "must be ru or en") String language,
        @Size(max = 64) String dealId) {
}
