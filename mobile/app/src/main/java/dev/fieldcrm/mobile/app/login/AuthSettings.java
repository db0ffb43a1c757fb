package dev.fieldcrm.mobile.app.login;

import dev.fieldcrm.mobile.core.auth.OAuthSettings;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Cognito sign-in settings from the environment. With {@code FIELDCRM_AUTH_DOMAIN} (the hosted UI's base URL, the
 * stack output {@code HostedUiDomain}) and {@code FIELDCRM_AUTH_CLIENT_ID} (stack output {@code MobileClientId}) the
 * login screen offers "Sign in" through the browser; without them, the local dev login. {@code FIELDCRM_AUTH_REDIRECT}
 * defaults to the desktop loopback {@value #DESKTOP_REDIRECT}; phones use {@code fieldcrm://auth/callback}.
 */
public final class AuthSettings {
    public static final String DESKTOP_REDIRECT = "http://localhost:53682/callback";

    private AuthSettings() {
    }

    public static Optional<OAuthSettings> from(Map<String, String> env) {
        String domain = env.get("FIELDCRM_AUTH_DOMAIN");
        String clientId = env.get("FIELDCRM_AUTH_CLIENT_ID");
        if (blank(domain) || blank(clientId)) {
            return Optional.empty();
        }
        String redirect = env.get("FIELDCRM_AUTH_REDIRECT");
        return Optional.of(OAuthSettings.cognito(URI.create(domain.strip()), clientId.strip(),
                URI.create(blank(redirect) ? DESKTOP_REDIRECT : redirect.strip())));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
