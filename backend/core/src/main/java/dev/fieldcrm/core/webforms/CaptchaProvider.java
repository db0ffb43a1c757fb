package dev.fieldcrm.core.webforms;

/** The CAPTCHA services a form can ask its visitors to pass; both are verified server-side by their siteverify call. */
public enum CaptchaProvider {
    TURNSTILE("https://challenges.cloudflare.com/turnstile/v0/api.js"),
    RECAPTCHA("https://www.google.com/recaptcha/api.js");

    /** The provider's own widget script (what a browser loads to render the widget). */
    public final String widgetScript;

    CaptchaProvider(String widgetScript) {
        this.widgetScript = widgetScript;
    }
}
