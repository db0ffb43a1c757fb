package dev.fieldcrm.mobile.core.testing;

import dev.fieldcrm.mobile.core.auth.AuthorizationRequest;
import dev.fieldcrm.mobile.core.auth.FormEncoding;
import dev.fieldcrm.mobile.core.auth.OAuthSettings;
import dev.fieldcrm.mobile.core.auth.Pkce;
import dev.fieldcrm.mobile.core.testing.FakeApi.Answer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cognito's hosted UI and token endpoint, the edge tests cannot reach, on {@link FakeApi}'s real HTTP server:
 * {@link #signIn} plays the browser part (the user signs in, the hosted UI redirects with a code), the token endpoint
 * checks the PKCE verifier against the challenge and answers with unsigned ID tokens carrying Cognito's claims; a
 * refresh token works until revoked or {@link #refuseRefreshes() refused}. It also serves {@code GET /api/v1/me},
 * which accepts only the newest ID token, to stand in for an API whose token expired.
 */
public final class FakeCognito implements AutoCloseable {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final FakeApi server = FakeApi.start();
    private final Map<String, String> challengeByCode = new ConcurrentHashMap<>();
    private final Set<String> liveRefreshTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile String newestIdToken = "";
    private volatile String groupsJson = "[\"rep\"]";

    private FakeCognito() {
        server.onRequest("POST /oauth2/token", r -> token(form(r.text())));
        server.onRequest("POST /oauth2/revoke", r -> {
            liveRefreshTokens.remove(form(r.text()).get("token"));
            return new Answer(200, "application/json", "");
        });
        server.onRequest("GET /api/v1/me", r -> ("Bearer " + newestIdToken).equals(r.header("Authorization"))
                ? Answer.json(200, Map.of("id", "anna"))
                : Answer.problem(401, "unauthenticated", "Unauthorized"));
    }

    public static FakeCognito start() {
        return new FakeCognito();
    }

    public URI baseUrl() {
        return server.baseUrl();
    }

    public OAuthSettings settings(URI redirect) {
        return OAuthSettings.cognito(baseUrl(), "mobile-client", redirect);
    }

    /** The user's Cognito groups for the next tokens, e.g. {@code ["rep","manager"]}. */
    public FakeCognito groups(String... groups) {
        groupsJson = "[" + String.join(",", List.of(groups).stream().map(g -> "\"" + g + "\"").toList()) + "]";
        return this;
    }

    /** The hosted UI: the user signs in; the answer is the redirect (code + the request's state). */
    public URI signIn(AuthorizationRequest request) {
        return signIn(request.uri());
    }

    public URI signIn(URI authorizeUrl) {
        Map<String, String> query = form(authorizeUrl.getRawQuery());
        String code = "code-" + issued.incrementAndGet();
        challengeByCode.put(code, query.get("code_challenge"));
        return URI.create(query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state"));
    }

    /** Every refresh from now on is answered {@code invalid_grant} (the refresh token expired or was revoked). */
    public void refuseRefreshes() {
        liveRefreshTokens.clear();
    }

    /** The API stops accepting the ID tokens issued so far (they expired). */
    public void expireIdTokens() {
        newestIdToken = "expired";
    }

    public List<FakeApi.Received> tokenRequests(String grantType) {
        return server.received("POST /oauth2/token").stream()
                .filter(r -> grantType.equals(form(r.text()).get("grant_type"))).toList();
    }

    public List<FakeApi.Received> received(String methodAndPath) {
        return server.received(methodAndPath);
    }

    private Answer token(Map<String, String> form) {
        return switch (form.getOrDefault("grant_type", "")) {
            case "authorization_code" -> {
                String challenge = challengeByCode.remove(form.getOrDefault("code", ""));
                if (challenge == null || !challenge.equals(Pkce.of(form.get("code_verifier")).challenge())) {
                    yield Answer.json(400, Map.of("error", "invalid_grant"));
                }
                String refresh = "refresh-" + issued.incrementAndGet();
                liveRefreshTokens.add(refresh);
                yield Answer.json(200, Map.of("id_token", idToken(), "access_token", "access", "refresh_token",
                        refresh, "expires_in", 3600, "token_type", "Bearer"));
            }
            case "refresh_token" -> liveRefreshTokens.contains(form.get("refresh_token"))
                    ? Answer.json(200, Map.of("id_token", idToken(), "access_token", "access", "expires_in", 3600,
                            "token_type", "Bearer"))
                    : Answer.json(400, Map.of("error", "invalid_grant", "error_description", "Refresh Token has expired"));
            default -> Answer.json(400, Map.of("error", "unsupported_grant_type"));
        };
    }

    private String idToken() {
        String payload = "{\"sub\":\"anna\",\"custom:tenant\":\"demo\",\"cognito:groups\":" + groupsJson
                + ",\"zoneinfo\":\"Europe/Moscow\",\"n\":" + issued.incrementAndGet() + "}";
        newestIdToken = B64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig";
        return newestIdToken;
    }

    private static Map<String, String> form(String text) {
        return FormEncoding.decode(text);
    }

    @Override
    public void close() {
        server.close();
    }
}
