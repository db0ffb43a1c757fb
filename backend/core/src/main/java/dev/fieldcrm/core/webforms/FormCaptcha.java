package dev.fieldcrm.core.webforms;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A form's CAPTCHA check. The {@code secret} is the provider's secret key: it is kept in the form item (and the key
 * item's copy, which the public endpoint reads) but never shown — {@link WebForm#withoutSecrets()} is what reads
 * return, so the secret is omitted from them (like a webhook's signing secret, ADR 22).
 */
public record FormCaptcha(CaptchaProvider provider,
                          String siteKey,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    FormCaptcha withoutSecret() {
        return new FormCaptcha(provider, siteKey, null);
    }
}
