package dev.fieldcrm.mobile.core.auth;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where and as whom the app signs in with OAuth 2.0 (authorization code + PKCE).
 *
 * @param authorizeEndpoint the hosted sign-in page
 * @param tokenEndpoint     code exchange and refresh
 * @param revokeEndpoint    refresh-token revocation (RFC 7009) on sign out
 * @param clientId          the public app client (no secret)
 * @param redirectUri       where the browser hands the code back: {@code fieldcrm://auth/callback} on the phone,
 *                          {@code http://localhost:<port>/callback} on the desktop (RFC 8252 loopback)
 * @param scopes            asked for
 */
public record OAuthSettings(URI authorizeEndpoint, URI tokenEndpoint, URI revokeEndpoint, String clientId,
                            URI redirectUri, List<String> scopes) {
    public static final List<String> SCOPES = List.of("openid", "email", "profile");

    public OAuthSettings {
        Objects.requireNonNull(authorizeEndpoint, "authorizeEndpoint");
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        Objects.requireNonNull(revokeEndpoint, "revokeEndpoint");
        Objects.requireNonNull(redirectUri, "redirectUri");
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("an OAuth client id is needed");
        }
        scopes = List.copyOf(scopes);
    }

    /**
     * Cognito's hosted UI endpoints under its domain, e.g. {@code https://fieldcrm-prod.auth.eu-central-1.amazoncognito.com}
     * (the stack's {@code HostedUi} domain).
     */
    public static OAuthSettings cognito(URI hostedUi, String clientId, URI redirectUri) {
        String base = hostedUi.toString().replaceAll("/+$", "");
        return new OAuthSettings(URI.create(base + "/oauth2/authorize"), URI.create(base + "/oauth2/token"),
                URI.create(base + "/oauth2/revoke"), clientId, redirectUri, SCOPES);
    }
}
