package dev.fieldcrm.core.webforms;

/** The CAPTCHA services a form can ask its visitors to pass; both are verified server-side by their siteverify call. */
public enum CaptchaProvider {
    TURNSTILE,
    RECAPTCHA
}
