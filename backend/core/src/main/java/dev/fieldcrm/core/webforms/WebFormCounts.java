package dev.fieldcrm.core.webforms;

/**
 * What a form's public endpoint saw, for its admin.
 *
 * @param received     submissions stored as inbound requests
 * @param spamHoneypot the honeypot field was filled
 * @param spamTooFast  sent sooner than the form's minimum fill time after it was loaded
 * @param spamToken    no valid time-trap token (forged, expired after 24 h, or missing)
 * @param spamCaptcha  the CAPTCHA response was missing or refused by the provider
 * @param captchaUnavailable the CAPTCHA provider could not be asked: answered 503, nothing stored
 * @param rateLimited  refused with 429 (per address or per form)
 * @param replays      the same submission again (same id, or the same content within minutes): nothing new stored
 * @param failed       stored, but the worker's processing failed every attempt (status FAILED: a person looks at it)
 */
public record WebFormCounts(long received, long spamHoneypot, long spamTooFast, long spamToken, long rateLimited,
                            long replays, long spamCaptcha, long captchaUnavailable, long failed) {
}
