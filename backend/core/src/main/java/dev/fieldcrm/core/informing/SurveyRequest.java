package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.notify.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Sends the survey to a client's contacts.
 *
 * @param contactIds which contacts (absent: every active contact with consent for the channel)
 * @param locale     ru or en (default ru)
 */
public record SurveyRequest(@NotNull Channel channel,
                            @Size(max = 100) List<@NotBlank String> contactIds,
                            @Pattern(regexp = "ru|en") String locale) {
}
