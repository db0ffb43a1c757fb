package dev.fieldcrm.iac;

import java.util.List;

/**
 * The HTTP API routes that skip the JWT authorizer: the API's {@code @Public} resources, each checking its own
 * credential (a form or integration key, a signed link token), and the static form snippet. Every other path falls
 * to the {@code $default} route, which requires a Cognito token. The local login and outbox are not in the
 * production build, so they have no route here.
 */
public final class PublicRoutes {
    /** Website forms: per-form key with allowed origins (ADR 26). */
    public static final String FORMS = "/api/v1/forms/{proxy+}";
    /** Inbound integration events: integration key + signature (ADR 31). */
    public static final String INBOUND = "/api/v1/inbound/{proxy+}";
    /** Unsubscribe and survey pages: signed link tokens (ADR 23). */
    public static final String PUBLIC_PAGES = "/api/v1/public/{proxy+}";
    /** Short links in SMS and email (ADR 28). */
    public static final String SURVEY_LINK = "/s/{proxy+}";
    public static final String UNSUBSCRIBE_LINK = "/u/{proxy+}";
    /** The embeddable form script, a static file (ADR 27). */
    public static final String EMBED = "/embed/{proxy+}";

    public static final List<String> ALL = List.of(FORMS, INBOUND, PUBLIC_PAGES, SURVEY_LINK, UNSUBSCRIBE_LINK, EMBED);

    private PublicRoutes() {
    }

    /** The path prefix a route covers ({@code /api/v1/forms/}), to compare with the resources' paths. */
    public static String prefix(String route) {
        return route.substring(0, route.indexOf("{proxy+}"));
    }
}
