package dev.fieldcrm.core.webforms;

import dev.fieldcrm.core.leads.InboundChannel;
import dev.fieldcrm.core.leads.InboundLog;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.InboundStatus;
import dev.fieldcrm.core.leads.LeadFields;
import dev.fieldcrm.core.leads.ReplayGuard;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.store.ChangeSet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The public endpoint of web forms: resolve the key, then either hand out the form's config with a time-trap token,
 * or take a submission. A submission costs the key's GetItem, the rate window's UpdateItem and one
 * TransactWriteItems (the {@link InboundRequest}, its two replay guards and the "received" counter, via
 * {@link InboundLog}); spam and replays cost one UpdateItem of the form's tally instead of the transaction.
 * Everything else (normalising, matching, assigning, notifying) is the worker's, from the stream. A form with a
 * CAPTCHA adds one HTTP call to its provider ({@link CaptchaVerifier}) after the cheap checks; a failed check is spam
 * (202, counted), an unreachable provider a 503 (fail closed: nothing is stored unverified).
 */
public final class FormSubmissions {
    /** A replay of the same submission id within this time stores nothing. */
    public static final Duration SUBMISSION_ID_WINDOW = Duration.ofHours(24);
    /** The same content again within this time (a double click, a resubmit with a new id) stores nothing. */
    public static final Duration SAME_CONTENT_WINDOW = Duration.ofMinutes(10);
    static final int MAX_FIELDS = 50;
    static final int MAX_VALUE_LENGTH = 5000;
    static final int MAX_CONSENTS = 20;
    static final int MAX_TRACKING_LENGTH = 500;
    /** Turnstile documents at most 2048 characters for a response; reCAPTCHA's are shorter. */
    static final int MAX_CAPTCHA_RESPONSE = 2048;
    /** How long a visitor is asked to wait when the CAPTCHA provider is down. */
    static final long CAPTCHA_RETRY_AFTER_SECONDS = 30;
    /** What the HTTP layer passes when it does not know the client's address. */
    public static final String UNKNOWN_ADDRESS = "unknown";
    /** The tracking values kept; any other tracking key is ignored. */
    public static final Set<String> TRACKING = Set.of("utm_source", "utm_medium", "utm_campaign", "utm_term",
            "utm_content", "referrer", "page");
    private static final Pattern SUBMISSION_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final WebFormStore store;
    private final FormTraffic traffic;
    private final InboundLog log;
    private final FillTimeTokens tokens;
    private final RateLimits limits;
    private final CaptchaVerifier captchas;
    private final Clock clock;

    public FormSubmissions(WebFormStore store, FormTraffic traffic, InboundLog log, FillTimeTokens tokens,
                           RateLimits limits, CaptchaVerifier captchas, Clock clock) {
        this.captchas = captchas;
        this.store = store;
        this.traffic = traffic;
        this.log = log;
        this.tokens = tokens;
        this.limits = limits;
        this.clock = clock;
    }

    /** A key resolved to its form, or why the request is refused before anything else. */
    public record Resolved(FormKey key, SubmissionOutcome refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    /**
     * GetItem of the key item (none when the key cannot be one). Refused: unknown key, disabled form, or an
     * {@code origin} (the request's {@code Origin} header, null when absent) that is not allowed.
     */
    public Resolved resolve(String publicKey, String origin) {
        if (!WebForm.isKeyShaped(publicKey)) {
            return new Resolved(null, new SubmissionOutcome.UnknownForm());
        }
        Optional<FormKey> key = store.byKey(publicKey);
        if (key.isEmpty()) {
            return new Resolved(null, new SubmissionOutcome.UnknownForm());
        }
        if (!key.get().form().enabled()) {
            return new Resolved(key.get(), new SubmissionOutcome.Disabled());
        }
        if (origin != null && !isAllowed(key.get().form(), origin)) {
            return new Resolved(key.get(), new SubmissionOutcome.OriginRefused());
        }
        return new Resolved(key.get(), null);
    }

    public static boolean isAllowed(WebForm form, String origin) {
        return Origins.canonical(origin).filter(form.allowedOrigins()::contains).isPresent();
    }

    /** The form as the snippet renders it, with a fresh time-trap token. No DynamoDB call beyond {@link #resolve}. */
    public PublicForm config(Resolved resolved) {
        WebForm form = resolved.key().form();
        return PublicForm.of(form, tokens.issue(form.id(), clock.instant()), captchas::widgetScript);
    }

    /**
     * @param address the client's IP address as API Gateway saw it
     * @throws ValidationFailed for a submission a person could correct (nothing stored, nothing counted)
     */
    public SubmissionOutcome submit(Resolved resolved, String address, Submission submission) {
        if (resolved.refused()) {
            return resolved.refusal();
        }
        String tenantId = resolved.key().tenantId();
        WebForm form = resolved.key().form();
        Instant now = clock.instant();
        long retryAfter = traffic.admit(tenantId, form.id(), address, now, limits);
        if (retryAfter > 0) {
            traffic.count(tenantId, form.id(), FormCounter.RATE_LIMITED);
            return new SubmissionOutcome.RateLimited(retryAfter);
        }
        checkShape(submission);
        SubmissionOutcome.Accepted thanks = new SubmissionOutcome.Accepted(form.thankYouMessage(), form.redirectUrl());
        String honeypot = submission.fields().get(form.honeypot());
        if (honeypot != null && !honeypot.isBlank()) {
            traffic.count(tenantId, form.id(), FormCounter.SPAM_HONEYPOT);
            return thanks;
        }
        switch (tokens.check(submission.token(), form.id(), Duration.ofSeconds(form.minFillSeconds()), now)) {
            case TOO_FAST -> {
                traffic.count(tenantId, form.id(), FormCounter.SPAM_TOO_FAST);
                return thanks;
            }
            case INVALID, TOO_OLD -> {
                traffic.count(tenantId, form.id(), FormCounter.SPAM_TOKEN);
                return thanks;
            }
            case IN_TIME -> {
            }
        }
        LeadFields given = leadFields(form, submission);
        List<String> pending = form.doubleOptIn() ? optionalTicked(form, given) : List.of();
        LeadFields fields = pending.isEmpty() ? given : given.withoutConsents(pending);
        // After the field checks: a person who must correct a field keeps their (single-use) CAPTCHA response.
        if (form.captcha() != null) {
            switch (verifyCaptcha(form.captcha(), submission.captcha(), address)) {
                case FAILED -> {
                    traffic.count(tenantId, form.id(), FormCounter.SPAM_CAPTCHA);
                    return thanks;
                }
                case UNAVAILABLE -> {
                    traffic.count(tenantId, form.id(), FormCounter.CAPTCHA_UNAVAILABLE);
                    return new SubmissionOutcome.CaptchaUnavailable(CAPTCHA_RETRY_AFTER_SECONDS);
                }
                case PASSED -> {
                }
            }
        }
        String submissionId = submission.submissionId() == null ? Ids.newId() : submission.submissionId();
        InboundRequest request = new InboundRequest(Ids.newId(), InboundChannel.WEB_FORM, form.id(), form.name(),
                submissionId, now, fields, tracking(submission), null, form.routing(),
                InboundStatus.RECEIVED, null, 1, pending);
        List<ReplayGuard> guards = List.of(
                ReplayGuard.of("FORM#" + form.id() + "#SUB#" + submissionId, SUBMISSION_ID_WINDOW),
                ReplayGuard.of("FORM#" + form.id() + "#SAME#" + SameContent.hash(request.fields()), SAME_CONTENT_WINDOW));
        ChangeSet counted = new ChangeSet().count(new WebFormTally(form.id()),
                Map.of(FormCounter.RECEIVED.attribute, BigDecimal.ONE));
        if (log.receive(tenantId, request, guards, counted).replay()) {
            traffic.count(tenantId, form.id(), FormCounter.REPLAYS);
        }
        return thanks;
    }

    /** A missing or absurdly long response fails without asking the provider (it cannot be a widget's). */
    private CaptchaVerdict verifyCaptcha(FormCaptcha captcha, String response, String address) {
        if (response == null || response.isBlank() || response.length() > MAX_CAPTCHA_RESPONSE) {
            return CaptchaVerdict.FAILED;
        }
        String remoteIp = address == null || address.equals(UNKNOWN_ADDRESS) ? null : address;
        return captchas.verify(captcha.provider(), captcha.secret(), response, remoteIp);
    }

    /** Limits that hold whatever the form (bounded work and storage), checked before anything is looked at. */
    private static void checkShape(Submission s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.submissionId() != null && !SUBMISSION_ID.matcher(s.submissionId()).matches()) {
            errors.add(new FieldError("submissionId", "must be 8 to 64 characters of A-Z, a-z, 0-9, '_' and '-'"));
        }
        if (s.fields().size() > MAX_FIELDS) {
            errors.add(new FieldError("fields", "at most " + MAX_FIELDS + " fields"));
        }
        s.fields().forEach((name, value) -> {
            if (value != null && value.length() > MAX_VALUE_LENGTH) {
                errors.add(new FieldError("fields." + shortName(name), "is too long"));
            }
        });
        if (s.consents().size() > MAX_CONSENTS) {
            errors.add(new FieldError("consents", "at most " + MAX_CONSENTS + " consents"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    /** The form's fields from the submission; unknown names are ignored (a page may carry more inputs). */
    private static LeadFields leadFields(WebForm form, Submission s) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            String value = clean(s.fields().get(field.name()));
            if (value == null) {
                if (field.required()) {
                    errors.add(new FieldError("fields." + field.name(), "is required"));
                }
                continue;
            }
            if (value.codePointCount(0, value.length()) > field.effectiveMaxLength()) {
                errors.add(new FieldError("fields." + field.name(), "must be at most " + field.effectiveMaxLength() + " characters"));
            } else if (field.type() == FormFieldType.EMAIL && !EMAIL.matcher(value).matches()) {
                errors.add(new FieldError("fields." + field.name(), "is not an email address"));
            }
            values.put(field.name(), value);
        }
        Map<String, Boolean> consents = new LinkedHashMap<>();
        for (FormConsent consent : form.consents()) {
            boolean given = Boolean.TRUE.equals(s.consents().get(consent.name()));
            if (consent.required() && !given) {
                errors.add(new FieldError("consents." + consent.name(), "must be given"));
            }
            consents.put(consent.name(), given);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Map<String, String> custom = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!FormField.STANDARD.contains(name)) {
                custom.put(name, value);
            }
        });
        return new LeadFields(values.get("name"), values.get("company"), values.get("email"), values.get("phone"),
                values.get("country"), values.get("region"), values.get("city"), values.get("message"), consents, custom);
    }

    /**
     * On a double opt-in form, the optional consents the person ticked: they are not given until confirmed by the
     * emailed link (required ones — e.g. to process the request — are given by sending the form).
     */
    private static List<String> optionalTicked(WebForm form, LeadFields fields) {
        return form.consents().stream().filter(c -> !c.required())
                .map(FormConsent::name).filter(name -> Boolean.TRUE.equals(fields.consents().get(name))).toList();
    }

    private static Map<String, String> tracking(Submission s) {
        Map<String, String> kept = new LinkedHashMap<>();
        s.tracking().forEach((name, value) -> {
            String v = clean(value);
            if (TRACKING.contains(name) && v != null) {
                kept.put(name, v.length() > MAX_TRACKING_LENGTH ? v.substring(0, MAX_TRACKING_LENGTH) : v);
            }
        });
        return kept;
    }

    /** Trimmed, control characters (but line breaks) removed; null when nothing is left. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** A field name echoed in an error, cut so a huge name cannot make a huge answer. */
    private static String shortName(String name) {
        return name.length() > 40 ? name.substring(0, 40) : name;
    }
}
