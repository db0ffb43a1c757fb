package dev.fieldcrm.mobile.core.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The app's only way to the FieldCRM API (java.net.http, so it runs unchanged on desktop and, via GluonFX, on the
 * phone). It adds the bearer token, {@code Idempotency-Key} and {@code If-Match} headers a request asks for and turns
 * every non-2xx answer into a typed {@link ApiException}; it never retries by itself (the outbox decides when).
 *
 * <p>A {@linkplain Session#renewable() renewable} session (Cognito sign-in) is renewed through {@link SessionRenewal}:
 * before a request when its token is about to expire, and once after a 401 (the request is then sent again, once).
 * A refused refresh token signs the user out: the listener hears {@code null} and the caller gets a 401.
 *
 * <p>Thread-safe: the session is volatile, renewal is serialised, and {@link HttpClient} is shared.
 */
public final class ApiClient {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String JSON = "application/json";

    private final URI baseUrl;
    private final HttpClient http;
    private final ObjectMapper json;
    private volatile Session session;
    private volatile SessionRenewal renewal;
    private volatile Consumer<Session> sessionListener = changed -> { };

    public ApiClient(URI baseUrl, HttpClient http, ObjectMapper json) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.http = Objects.requireNonNull(http, "http");
        this.json = Objects.requireNonNull(json, "json");
    }

    /** A client with its own {@link HttpClient} (10 s connect timeout) and the core's {@link Json} mapper. */
    public static ApiClient to(URI baseUrl) {
        return new ApiClient(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                Json.mapper());
    }

    /** Signs in with the local-run login ({@code POST /api/v1/local/login}); the session is kept for later calls. */
    public Session localLogin(String tenantId, String userId) throws ApiException {
        ObjectNode body = json.createObjectNode().put("tenantId", tenantId).put("userId", userId);
        JsonNode answer = send(new ApiRequest("POST", "/api/v1/local/login", body, null, null)).body();
        JsonNode user = answer.path("user");
        JsonNode roles = user.path("roles");
        Session signedIn = new Session(answer.path("accessToken").asText(), tenantId, user.path("id").asText(userId),
                roles.isArray() && !roles.isEmpty() ? roles.get(0).asText() : null,
                user.hasNonNull("timeZone") ? user.get("timeZone").asText() : null);
        this.session = signedIn;
        return signedIn;
    }

    /** Uses a session obtained elsewhere (e.g. Cognito hosted UI with PKCE on the phone, or one restored from disk). */
    public void use(Session session) {
        this.session = session;
    }

    public Session session() {
        return session;
    }

    /**
     * Renews renewable sessions with {@code renewal}; {@code listener} hears every renewed session (to keep it on the
     * device) and {@code null} when the refresh token was refused (signed out).
     */
    public void renewWith(SessionRenewal renewal, Consumer<Session> listener) {
        this.renewal = Objects.requireNonNull(renewal, "renewal");
        this.sessionListener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Sends one request and returns its 2xx answer.
     *
     * @throws ApiException.Unreachable   when no answer came (offline, timeout)
     * @throws ApiException.ServerFailure on 5xx or 429
     * @throws ApiException.Rejected      on any other non-2xx, with the parsed problem
     */
    public ApiResponse send(ApiRequest request) throws ApiException {
        Session used = renewIfDue(session);
        try {
            return sendAs(used, request);
        } catch (ApiException.Rejected e) {
            if (!e.signInNeeded() || used == null || !used.renewable() || renewal == null) {
                throw e;
            }
            // Once: a second 401 with a freshly renewed token is the server's answer, not an expired token.
            return sendAs(renewAfterRefusal(used), request);
        }
    }

    private synchronized Session renewIfDue(Session current) throws ApiException {
        if (current == null || !current.renewable() || renewal == null || !renewal.dueSoon(current)
                || current != session) {
            return session;
        }
        try {
            return renewed(current);
        } catch (ApiException.Unreachable | ApiException.ServerFailure e) {
            // Offline or Cognito busy: the token may still be valid for a while; a 401 will tell.
            return current;
        }
    }

    private synchronized Session renewAfterRefusal(Session refused) throws ApiException {
        if (session != refused && session != null) {
            return session; // another thread already renewed it
        }
        return renewed(refused);
    }

    private Session renewed(Session current) throws ApiException {
        try {
            Session fresh = renewal.renew(current);
            session = fresh;
            sessionListener.accept(fresh);
            return fresh;
        } catch (ApiException.Rejected refused) {
            session = null;
            sessionListener.accept(null);
            throw new ApiException.Rejected(new ApiProblem("about:blank", "Sign in again", 401,
                    "the refresh token was refused: " + refused.getMessage(), refused.problem().body()));
        }
    }

    private ApiResponse sendAs(Session as, ApiRequest request) throws ApiException {
        HttpResponse<String> response;
        try {
            response = http.send(toHttp(request, as), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiException.Unreachable(request.method() + " " + request.path() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException.Unreachable("interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new ApiResponse(status, parse(response.body()),
                    response.headers().firstValue("ETag").map(ApiClient::unquote).orElse(null));
        }
        throw ApiException.answered(problem(status, response.body()));
    }

    private HttpRequest toHttp(ApiRequest request, Session current) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUrl.resolve(request.path()))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", JSON + ", application/problem+json");
        if (current != null) {
            builder.header("Authorization", "Bearer " + current.accessToken());
        }
        if (request.idempotencyKey() != null) {
            builder.header("Idempotency-Key", request.idempotencyKey());
        }
        if (request.ifMatch() != null) {
            builder.header("If-Match", "\"" + request.ifMatch() + "\"");
        }
        if (request.body() == null) {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", JSON)
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(write(request.body())));
        }
        return builder.build();
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request body cannot be written as JSON", e);
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            // A 2xx with a body that is not JSON is a server bug; surface it rather than guess.
            throw new IllegalStateException("the API answered with a body that is not JSON", e);
        }
    }

    private ApiProblem problem(int status, String body) {
        JsonNode doc;
        try {
            doc = body == null || body.isBlank() ? MissingNode.getInstance() : json.readTree(body);
        } catch (JsonProcessingException e) {
            // A proxy's HTML error page, for instance: keep the status, there is no problem document.
            doc = MissingNode.getInstance();
        }
        return new ApiProblem(doc.path("type").asText("about:blank"), doc.path("title").asText("HTTP " + status),
                status, doc.hasNonNull("detail") ? doc.get("detail").asText() : null, doc);
    }

    private static String unquote(String etag) {
        String value = etag.startsWith("W/") ? etag.substring(2) : etag;
        return value.replace("\"", "");
    }
}
