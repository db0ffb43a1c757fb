package dev.fieldcrm.core.webforms;

/** What a provider said about a visitor's CAPTCHA response. */
public enum CaptchaVerdict {
    PASSED,
    /** The response is wrong, expired, reused or missing: the submission is treated as spam. */
    FAILED,
    /** The provider could not be asked or did not answer in time: nothing can be said about the visitor. */
    UNAVAILABLE
}
