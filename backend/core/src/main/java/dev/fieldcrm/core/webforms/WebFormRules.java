package dev.fieldcrm.core.webforms;

import dev.fieldcrm.core.deals.Pipeline;
import dev.fieldcrm.core.deals.SalesConfig;
import dev.fieldcrm.core.leads.LeadRouting;
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
    static List<String> check(WebFormInput input, SalesConfig sales, Function<String, Optional<User>> users) {
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
        routing(input.routing(), sales, users, errors);
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

    private static void routing(LeadRouting routing, SalesConfig sales, Function<String, Optional<User>> users,
                                List<FieldError> errors) {
        if (routing == null) {
            return;
        }
        Optional<Pipeline> pipeline = Optional.empty();
        if (routing.pipelineId() != null) {
            pipeline = sales.pipeline(routing.pipelineId());
            if (pipeline.isEmpty()) {
                errors.add(new FieldError("routing.pipelineId", "is not a pipeline of this tenant"));
            }
        }
        if (routing.stageId() != null) {
            if (routing.pipelineId() == null) {
                errors.add(new FieldError("routing.stageId", "needs routing.pipelineId"));
            } else if (pipeline.isPresent() && pipeline.get().stages().stream().noneMatch(s -> s.id().equals(routing.stageId()))) {
                errors.add(new FieldError("routing.stageId", "is not a stage of the pipeline"));
            }
        }
        if (routing.source() != null && !sales.settings().sources().contains(routing.source())) {
            errors.add(new FieldError("routing.source", "is not one of the tenant's sources"));
        }
        if (routing.ownerId() != null && users.apply(routing.ownerId()).filter(User::active).isEmpty()) {
            errors.add(new FieldError("routing.ownerId", "is not an active user of this tenant"));
        }
        if (routing.teamId() != null && (routing.teamId().isBlank() || routing.teamId().length() > 100)) {
            errors.add(new FieldError("routing.teamId", "must be a team id"));
        }
    }
}
