package dev.fieldcrm.core.webforms;

import dev.fieldcrm.core.leads.LeadRouting;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A website form of a tenant: what the snippet renders, who may embed it, what a submission becomes.
 *
 * @param publicKey the form's public key (128 random bits, base64url): the only thing a public request names; it
 *                  resolves to the tenant and form through the {@link FormKey} item. Rotating it retires the old key
 *                  at once.
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
                      long version) {
    static final String DEFAULT_HONEYPOT = "website";
    static final int DEFAULT_MIN_FILL_SECONDS = 3;
    static final String DEFAULT_SUBMIT_LABEL = "Send";
    static final String DEFAULT_THANK_YOU = "Thank you! We will get back to you soon.";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebForm {
        allowedOrigins = List.copyOf(allowedOrigins);
        fields = List.copyOf(fields);
        consents = List.copyOf(consents);
    }

    static WebForm create(String id, WebFormInput input, List<String> origins, Instant now, String by) {
        return from(id, newKey(), input, origins, now, by, now, by, 1);
    }

    WebForm updated(WebFormInput input, List<String> origins, Instant now, String by) {
        return from(id, publicKey, input, origins, createdAt, createdBy, now, by, version + 1);
    }

    WebForm withNewKey(Instant now, String by) {
        return new WebForm(id, name, newKey(), allowedOrigins, fields, consents, routing, submitLabel, thankYouMessage,
                redirectUrl, honeypot, minFillSeconds, doubleOptIn, enabled, createdAt, createdBy, now, by, version + 1);
    }

    private static WebForm from(String id, String key, WebFormInput in, List<String> origins, Instant createdAt,
                                String createdBy, Instant now, String by, long version) {
        return new WebForm(id, in.name().strip(), key, origins, in.fields(), in.consents(),
                in.routing() == null ? new LeadRouting(null, null, null, null, null) : in.routing(),
                blankToNull(in.submitLabel()) == null ? DEFAULT_SUBMIT_LABEL : in.submitLabel().strip(),
                blankToNull(in.thankYouMessage()) == null ? DEFAULT_THANK_YOU : in.thankYouMessage().strip(),
                blankToNull(in.redirectUrl()),
                in.honeypot() == null ? DEFAULT_HONEYPOT : in.honeypot(),
                in.minFillSeconds() == null ? DEFAULT_MIN_FILL_SECONDS : in.minFillSeconds(),
                Boolean.TRUE.equals(in.doubleOptIn()), in.enabled() == null || in.enabled(),
                createdAt, createdBy, now, by, version);
    }

    /** 128 random bits, base64url without padding (22 characters). */
    static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string can be a form key at all (checked before any read). */
    public static boolean isKeyShaped(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    public Optional<FormField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
