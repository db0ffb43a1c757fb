package dev.fieldcrm.core.webforms;

import dev.fieldcrm.core.leads.LeadRouting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A website form of a tenant: what the snippet renders, who may embed it, what a submission becomes.
 *
 * @param publicKey the form's public key (128 random bits, base64url): the only thing a public request names; it
 *                  resolves to the tenant and form through the {@link FormKey} item. Rotating it retires the old key
 *                  at once.
 * @param captcha   null: no CAPTCHA (the default); else the provider, site key and secret (never shown: see
 *                  {@link #withoutSecrets()})
 */
public record WebForm(String id,
                      String name,
                      String publicKey,
                      List<String> allowedOrigins,
                      List<FormField> fields,
                      List<FormConsent> consents,
                      LeadRouting routing,
                      String submitLabel,
                      String thankYouMessage,
                      String redirectUrl,
                      String honeypot,
                      int minFillSeconds,
                      boolean doubleOptIn,
                      boolean enabled,
                      Instant createdAt,
                      String createdBy,
                      Instant updatedAt,
                      String updatedBy,
                      long version,
                      FormCaptcha captcha) {
    static final String DEFAULT_HONEYPOT = "website";
    static final int DEFAULT_MIN_FILL_SECONDS = 3;
    static final String DEFAULT_SUBMIT_LABEL = "Send";
    static final String DEFAULT_THANK_YOU = "Thank you! We will get back to you soon.";

    public WebForm {
        allowedOrigins = List.copyOf(allowedOrigins);
        fields = List.copyOf(fields);
        consents = List.copyOf(consents);
    }

    static WebForm create(String id, WebFormInput input, List<String> origins, Instant now, String by) {
        return from(id, newKey(), input, origins, now, by, now, by, 1, captcha(input.captcha(), null));
    }

    WebForm updated(WebFormInput input, List<String> origins, Instant now, String by) {
        return from(id, publicKey, input, origins, createdAt, createdBy, now, by, version + 1,
                captcha(input.captcha(), captcha));
    }

    /** The form as reads show it: everything but the CAPTCHA secret. */
    public WebForm withoutSecrets() {
        return captcha == null || captcha.secret() == null ? this
                : new WebForm(id, name, publicKey, allowedOrigins, fields, consents, routing, submitLabel, thankYouMessage,
                redirectUrl, honeypot, minFillSeconds, doubleOptIn, enabled, createdAt, createdBy, updatedAt, updatedBy,
                version, captcha.withoutSecret());
    }

    /** The written setting; an omitted secret keeps the stored one ({@link WebFormRules} made sure there is one). */
    private static FormCaptcha captcha(CaptchaInput in, FormCaptcha current) {
        if (in == null) {
            return null;
        }
        String secret = in.secret() != null ? in.secret().strip() : current.secret();
        return new FormCaptcha(in.provider(), in.siteKey().strip(), secret);
    }

    WebForm withNewKey(Instant now, String by) {
        return new WebForm(id, name, newKey(), allowedOrigins, fields, consents, routing, submitLabel, thankYouMessage,
                redirectUrl, honeypot, minFillSeconds, doubleOptIn, enabled, createdAt, createdBy, now, by, version + 1, captcha);
    }

    private static WebForm from(String id, String key, WebFormInput in, List<String> origins, Instant createdAt,
                                String createdBy, Instant now, String by, long version, FormCaptcha captcha) {
        return new WebForm(id, in.name().strip(), key, origins, in.fields(), in.consents(),
                in.routing() == null ? new LeadRouting(null, null, null, null, null) : in.routing(),
                blankToNull(in.submitLabel()) == null ? DEFAULT_SUBMIT_LABEL : in.submitLabel().strip(),
                blankToNull(in.thankYouMessage()) == null ? DEFAULT_THANK_YOU : in.thankYouMessage().strip(),
                blankToNull(in.redirectUrl()),
                in.honeypot() == null ? DEFAULT_HONEYPOT : in.honeypot(),
                in.minFillSeconds() == null ? DEFAULT_MIN_FILL_SECONDS : in.minFillSeconds(),
                Boolean.TRUE.equals(in.doubleOptIn()), in.enabled() == null || in.enabled(),
                createdAt, createdBy, now, by, version, captcha);
    }

    /** 128 random bits, base64url without padding (22 characters). */
    static String newKey() {
        return dev.fieldcrm.core.shared.PublicKeys.newKey();
    }

    /** Whether a string can be a form key at all (checked before any read). */
    public static boolean isKeyShaped(String key) {
        return dev.fieldcrm.core.shared.PublicKeys.isKeyShaped(key);
    }

    public Optional<FormField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
