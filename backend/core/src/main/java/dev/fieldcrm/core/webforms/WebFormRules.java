package dev.fieldcrm.core.webforms;

import dev.fieldcrm.core.deals.SalesConfig;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.users.User;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The rules a web form must keep beyond its field constraints; every broken rule is reported at once. */
final class WebFormRules {
    /** Names a form field or consent cannot take: the submission's own keys and the tracking fields. */
    static final Set<String> RESERVED = Set.of("submissionid", "token", "consent", "referrer", "page");

    private WebFormRules() {
    }

    /** The canonical allowed origins of valid input; otherwise {@link ValidationFailed} with every error. */
    static List<String> check(WebFormInput input, FormCaptcha current, SalesConfig sales,
                              Function<String, Optional<User>> users) {
        List<FieldError> errors = new ArrayList<>();
        List<String> origins = origins(input.allowedOrigins(), errors);
        Set<String> names = new HashSet<>();
        boolean reachable = false;
        for (int i = 0; i < input.fields().size(); i++) {
            FormField field = input.fields().get(i);
            if (!names.add(field.name())) {
                errors.add(new FieldError("fields[" + i + "].name", "is used twice"));
            }
            if (isReserved(field.name())) {
                errors.add(new FieldError("fields[" + i + "].name", "is reserved"));
            }
            if (field.maxLength() != null && field.maxLength() > field.type().maxLengthLimit()) {
                errors.add(new FieldError("fields[" + i + "].maxLength", "must be at most " + field.type().maxLengthLimit()));
            }
            reachable |= field.name().equals("email") || field.name().equals("phone");
        }
        if (!reachable) {
            errors.add(new FieldError("fields", "a form needs an 'email' or a 'phone' field, or nobody can answer"));
        }
        for (int i = 0; i < input.consents().size(); i++) {
            String name = input.consents().get(i).name();
            if (!names.add(name) || isReserved(name)) {
                errors.add(new FieldError("consents[" + i + "].name", "is reserved or used twice"));
            }
        }
        if (input.honeypot() != null && (names.contains(input.honeypot()) || isReserved(input.honeypot()))) {
            errors.add(new FieldError("honeypot", "must differ from every field and consent name"));
        }
        if (!names.isEmpty() && input.honeypot() == null && names.contains(WebForm.DEFAULT_HONEYPOT)) {
            errors.add(new FieldError("honeypot", "name another honeypot: '" + WebForm.DEFAULT_HONEYPOT + "' is a field"));
        }
        redirect(input.redirectUrl(), errors);
        captcha(input.captcha(), current, errors);
        dev.fieldcrm.core.leads.RoutingRules.check(input.routing(), sales, users, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return origins;
    }

    private static boolean isReserved(String name) {
        return RESERVED.contains(name) || name.startsWith("utm_");
    }

    private static List<String> origins(List<String> given, List<FieldError> errors) {
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Optional<String> origin = Origins.canonical(given.get(i));
            if (origin.isEmpty()) {
                errors.add(new FieldError("allowedOrigins[" + i + "]", "must be an origin: scheme://host[:port], nothing after it"));
            } else if (!origins.contains(origin.get())) {
                origins.add(origin.get());
            }
        }
        return origins;
    }

    private static void redirect(String url, List<FieldError> errors) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            URI uri = new URI(url.strip());
            boolean ok = uri.getHost() != null && uri.getRawUserInfo() == null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || Origins.isLocalHttp(uri));
            if (!ok) {
                errors.add(new FieldError("redirectUrl", "must be an https URL (http only for localhost)"));
            }
        } catch (URISyntaxException e) {
            errors.add(new FieldError("redirectUrl", "is not a URL"));
        }
    }

    /** A secret is needed unless the same provider's is already stored (reads never show it, so a PUT omits it). */
    private static void captcha(CaptchaInput captcha, FormCaptcha current, List<FieldError> errors) {
        boolean secretKept = current != null && captcha != null && current.provider() == captcha.provider();
        if (captcha != null && captcha.secret() == null && !secretKept) {
            errors.add(new FieldError("captcha.secret", "is required when CAPTCHA is switched on or its provider changes"));
        }
    }
}
