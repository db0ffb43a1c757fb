package dev.fieldcrm.api.webforms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the public form endpoint ({@code fieldcrm.forms.*}). */
@ConfigMapping(prefix = "fieldcrm.forms")
public interface WebFormSettings {
    /** Submissions per client address, form and UTC minute ({@code FIELDCRM_FORMS_RATE_PER_ADDRESS}). */
    @WithDefault("10")
    int ratePerAddress();

    /** Submissions per form and UTC minute, all addresses together ({@code FIELDCRM_FORMS_RATE_PER_FORM}). */
    @WithDefault("120")
    int ratePerForm();

    /** Server-side CAPTCHA verification ({@code fieldcrm.forms.captcha.*}). */
    Captcha captcha();

    interface Captcha {
        /** Cloudflare Turnstile's siteverify endpoint (tests point it at a local stub). */
        @WithDefault("https://challenges.cloudflare.com/turnstile/v0/siteverify")
        java.net.URI turnstileUrl();

        /** Google reCAPTCHA's siteverify endpoint. */
        @WithDefault("https://www.google.com/recaptcha/api/siteverify")
        java.net.URI recaptchaUrl();

        /** Where browsers load Turnstile's widget script from (its own by default; the browser tests serve a fake). */
        java.util.Optional<String> turnstileScriptUrl();

        /** Where browsers load reCAPTCHA's widget script from. */
        java.util.Optional<String> recaptchaScriptUrl();

        /** To connect, and again until the answer arrives: a submission waits for it, so it is short. */
        @WithDefault("3s")
        java.time.Duration timeout();
    }
}
