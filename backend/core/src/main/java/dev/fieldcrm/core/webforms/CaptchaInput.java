package dev.fieldcrm.core.webforms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A form's CAPTCHA setting as an admin writes it.
 *
 * @param siteKey the provider's public site key (the widget on the page needs it)
 * @param secret  the provider's secret key: write-only, never returned. Required when CAPTCHA is switched on or the
 *                provider changes; omitted on an update, the stored secret is kept.
 */
public record CaptchaInput(@NotNull CaptchaProvider provider,
                           @NotBlank @Size(max = 200) String siteKey,
                           @Size(min = 1, max = 500) String secret) {
}
