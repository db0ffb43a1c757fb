package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.clients.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Map;

/**
 * The fields of a deal its owner edits. Stage, status, owner and the flags are changed by their own use cases.
 *
 * @param clientId   the organisation (optional: a deal may start before its organisation is known)
 * @param contactId  a contact of that organisation
 * @param partnerId  the client id of the partner organisation that brought the deal
 * @param source     one of the tenant's deal sources
 * @param pipelineId the pipeline (on create; the clients' pipeline when absent); a deal never changes pipeline
 */
public record DealInput(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 26) String clientId,
        @Size(max = 26) String contactId,
        @Valid Money amount,
        @Valid Money budget,
        @Size(max = 60) String source,
        @Size(max = 26) String partnerId,
        @Size(max = 2000) @Pattern(regexp = DealInput.URL, message = "must be an http(s) URL") String proposalLink,
        @Size(max = 2000) @Pattern(regexp = DealInput.URL, message = "must be an http(s) URL") String demoLink,
        @Size(max = Deal.MAX_CUSTOM_FIELDS) Map<@NotBlank @Size(max = 60) String, @Size(max = 1000) String> customFields,
        LocalDate expectedCloseDate,
        @Pattern(regexp = Stage.SLUG, message = "must be a pipeline id") String pipelineId) {
    public static final String URL = "https?://\\S+";
}
