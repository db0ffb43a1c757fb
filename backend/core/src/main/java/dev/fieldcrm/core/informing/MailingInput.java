package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.notify.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A mailing as a manager writes it. Subject and body are plain text with a few placeholders
 * ({@link MessageText#PLACEHOLDERS}); they are never compiled as a template.
 *
 * @param locale      ru or en: the language of the layout, footer and opt-out line (default ru)
 * @param scheduledAt when to start; absent or past: now
 */
public record MailingInput(@NotNull Channel channel,
                           @Pattern(regexp = "ru|en") String locale,
                           @Size(max = 200) String subject,
                           @NotBlank @Size(max = 10000) String body,
                           @Valid AudienceFilter audience,
                           Instant scheduledAt) {
}
