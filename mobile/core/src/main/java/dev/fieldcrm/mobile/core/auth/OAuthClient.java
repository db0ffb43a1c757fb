package dev.fieldcrm.mobile.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.fieldcrm.mobile.core.api.ApiException;
import dev.fieldcrm.mobile.core.api.ApiProblem;
import dev.fieldcrm.mobile.core.api.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OAuth 2.0 authorization code + PKCE for a public client (RFC 6749, 7636, 8252), refresh and revocation (RFC 7009),
 * against Cognito's hosted UI or any server with the same endpoints. Plain java.net.http, so it runs on the phone.
 *
 * <p>Errors follow {@link ApiException}: no answer → {@code Unreachable}; 5xx/429 → {@code ServerFailure}; a 4xx
 * such as {@code invalid_grant} (an expired or revoked refresh token, a used code) → {@code Rejected}.
 */
public final class OAuthClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final OAuthSettings settings;
    private final HttpClient http;
    private final SecureRandom random;
    private final Clock clock;
    private final ObjectMapper json = Json.mapper();

    public OAuthClient(OAuthSettings settings, HttpClient http, SecureRandom random, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.random = random;
        this.clock = clock;
    }

    public static OAuthClient of(OAuthSettings settings, Clock clock) {
        return new OAuthClient(settings, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                new SecureRandom(), clock);
    }

    public OAuthSettings settings() {
        return settings;
    }

    /** A new sign-in: fresh state and verifier; open {@link AuthorizationRequest#uri()} in the browser. */
    public AuthorizationRequest begin() {
        Pkce pkce = Pkce.generate(random);
        String state = Pkce.randomText(random, 16);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", settings.redirectUri().toString());
        query.put("scope", String.join(" ", settings.scopes()));
        query.put("state", state);
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", Pkce.METHOD);
        return new AuthorizationRequest(URI.create(settings.authorizeEndpoint() + "?" + FormEncoding.encode(query)), state, pkce);
    }

    /**
     * Takes the redirect the browser came back with and exchanges its code.
     *
     * @throws SignInFailed when the redirect reports an error, has no code, or carries another state
     */
    public Tokens complete(AuthorizationRequest pending, URI redirect) throws SignInFailed, ApiException {
        Map<String, String> answer = FormEncoding.decode(redirect.getRawQuery());
        if (!pending.state().equals(answer.get("state"))) {
            throw new SignInFailed("the sign-in answer does not belong to this sign-in (state mismatch)");
        }
        if (answer.containsKey("error")) {
            throw new SignInFailed("sign-in refused: " + answer.get("error")
                    + (answer.containsKey("error_description") ? " (" + answer.get("error_description") + ")" : ""));
        }
        String code = answer.get("code");
        if (code == null || code.isBlank()) {
            throw new SignInFailed("the sign-in answer carries no code");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", settings.clientId());
        form.put("code", code);
        form.put("redirect_uri", settings.redirectUri().toString());
        form.put("code_verifier", pending.pkce().verifier());
        return tokens(post(settings.tokenEndpoint(), form), null);
    }

    /** New ID and access tokens; Cognito sends no new refresh token, so {@code refreshToken} is kept. */
    public Tokens refresh(String refreshToken) throws ApiException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", settings.clientId());
        form.put("refresh_token", refreshToken);
        return tokens(post(settings.tokenEndpoint(), form), refreshToken);
    }

    /** Revokes the refresh token (and the tokens it issued) so a copy left anywhere stops working. */
    public void revoke(String refreshToken) throws ApiException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", refreshToken);
        form.put("client_id", settings.clientId());
        post(settings.revokeEndpoint(), form);
    }

    private Tokens tokens(JsonNode answer, String previousRefresh) {
        String idToken = answer.path("id_token").asText(null);
        if (idToken == null) {
            throw new IllegalStateException("the token endpoint answered without an id_token (is 'openid' a scope?)");
        }
        return new Tokens(idToken, answer.path("access_token").asText(null),
                answer.path("refresh_token").asText(previousRefresh),
                clock.instant().plusSeconds(answer.path("expires_in").asLong(3600)));
    }

    private JsonNode post(URI endpoint, Map<String, String> form) throws ApiException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(form))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiException.Unreachable("POST " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException.Unreachable("interrupted", e);
        }
        JsonNode body = read(response.body());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return body;
        }
        // RFC 6749 5.2: {"error": "invalid_grant", "error_description": "…"}.
        ApiProblem problem = new ApiProblem("urn:ietf:params:oauth:error/" + body.path("error").asText("unknown"),
                body.path("error").asText("HTTP " + status), status, body.path("error_description").asText(null),
                body);
        throw ApiException.answered(problem);
    }

    private JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : json.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
