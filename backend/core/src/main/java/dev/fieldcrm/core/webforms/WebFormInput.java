package dev.fieldcrm.core.webforms;

import dev.fieldcrm.core.leads.LeadRouting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What an admin writes about a web form. Checked further by {@link WebFormRules} (origins, redirect URL, unique names,
 * an email or phone field, routing against the tenant's sales settings and users).
 *
 * @param allowedOrigins exact {@code scheme://host[:port]} of the sites that embed the form (CORS)
 * @param routing        default pipeline/stage/source and an optional fixed owner or team for its leads
 * @param redirectUrl    where the browser goes after a submission (https; http only for localhost); null: the
 *                       thank-you message
 * @param honeypot       the name of the hidden field only bots fill (default {@code website})
 * @param minFillSeconds a submission sooner than this after the form was loaded is spam (default 3)
 * @param doubleOptIn    ask the person to confirm their email before the lead is worked on (processed by the worker)
 * @param enabled        a disabled form answers 410 (default true)
 */
public record WebFormInput(@NotBlank @Size(max = 100) String name,
                           @Size(max = 20) List<@NotBlank @Size(max = 200) String> allowedOrigins,
                           @NotEmpty @Size(max = 30) List<@Valid @NotNull FormField> fields,
                           @Size(max = 10) List<@Valid @NotNull FormConsent> consents,
                           LeadRouting routing,
                           @Size(max = 40) String submitLabel,
                           @Size(max = 500) String thankYouMessage,
                           @Size(max = 2000) String redirectUrl,
                           @Pattern(regexp = FormField.NAME, message = FormField.NAME_RULE) String honeypot,
                           @Min(0) @Max(600) Integer minFillSeconds,
                           Boolean doubleOptIn,
                           Boolean enabled) {
    public WebFormInput {
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins;
        consents = consents == null ? List.of() : consents;
    }
}
