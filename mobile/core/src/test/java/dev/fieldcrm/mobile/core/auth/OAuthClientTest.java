package dev.fieldcrm.mobile.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.ApiException;
import dev.fieldcrm.mobile.core.api.ApiRequest;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.api.SessionRenewal;
import dev.fieldcrm.mobile.core.testing.FakeCognito;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Authorization code + PKCE, refresh and revocation against a fake Cognito on a real local HTTP server. */
class OAuthClientTest {
    private static final URI REDIRECT = URI.create("http://localhost:53682/callback");
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private final FakeCognito cognito = FakeCognito.start();
    private final OAuthClient oauth = OAuthClient.of(cognito.settings(REDIRECT), Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        cognito.close();
    }

    @Test
    void theChallengeIsRfc7636AppendixBsValueForItsVerifier() {
        Pkce pkce = Pkce.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

        assertThat(pkce.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void aGeneratedVerifierIs43UnreservedCharactersAndNeverRepeats() {
        SecureRandom random = new SecureRandom();
        Pkce first = Pkce.generate(random);
        Pkce second = Pkce.generate(random);

        assertThat(first.verifier()).matches("[A-Za-z0-9._~-]{43}");
        assertThat(first.verifier()).isNotEqualTo(second.verifier());
        assertThatThrownBy(() -> Pkce.of("too-short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAuthorizeUrlCarriesClientRedirectStateAndTheS256Challenge() {
        AuthorizationRequest request = oauth.begin();
        Map<String, String> query = FormEncoding.decode(request.uri().getRawQuery());

        assertThat(request.uri().getPath()).isEqualTo("/oauth2/authorize");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "mobile-client")
                .containsEntry("redirect_uri", REDIRECT.toString()).containsEntry("scope", "openid email profile")
                .containsEntry("state", request.state()).containsEntry("code_challenge", request.pkce().challenge())
                .containsEntry("code_challenge_method", "S256");
        assertThat(oauth.begin().state()).isNotEqualTo(request.state());
    }

    @Test
    void theCodeIsExchangedWithTheVerifierForASessionNamedByTheIdToken() throws Exception {
        cognito.groups("rep", "manager");
        AuthorizationRequest request = oauth.begin();

        Tokens tokens = oauth.complete(request, cognito.signIn(request));
        Session session = IdTokenClaims.session(tokens);

        assertThat(cognito.tokenRequests("authorization_code")).hasSize(1);
        assertThat(session.tenantId()).isEqualTo("demo");
        assertThat(session.userId()).isEqualTo("anna");
        assertThat(session.role()).isEqualTo("manager");
        assertThat(session.timeZone()).isEqualTo("Europe/Moscow");
        assertThat(session.accessToken()).isEqualTo(tokens.idToken());
        assertThat(session.refreshToken()).isNotBlank();
        assertThat(session.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void aCodeRedeemedWithAnotherVerifierIsRefused() {
        AuthorizationRequest request = oauth.begin();
        URI redirect = cognito.signIn(request);
        AuthorizationRequest forged = new AuthorizationRequest(request.uri(), request.state(),
                Pkce.generate(new SecureRandom()));

        assertThatThrownBy(() -> oauth.complete(forged, redirect)).isInstanceOf(ApiException.Rejected.class)
                .hasMessageContaining("invalid_grant");
    }

    @Test
    void aRedirectWithAnotherStateIsRejectedBeforeAnyCodeExchange() {
        AuthorizationRequest mine = oauth.begin();
        AuthorizationRequest someoneElses = oauth.begin();

        assertThatThrownBy(() -> oauth.complete(mine, cognito.signIn(someoneElses)))
                .isInstanceOf(SignInFailed.class).hasMessageContaining("state mismatch");
        assertThat(cognito.tokenRequests("authorization_code")).isEmpty();
    }

    @Test
    void aRedirectReportingAnErrorIsRejected() {
        AuthorizationRequest request = oauth.begin();
        URI denied = URI.create(REDIRECT + "?error=access_denied&state=" + request.state());

        assertThatThrownBy(() -> oauth.complete(request, denied)).isInstanceOf(SignInFailed.class)
                .hasMessageContaining("access_denied");
    }

    @Test
    void aRefreshGivesNewTokensAndKeepsTheRefreshToken() throws Exception {
        Tokens first = signedIn();

        Tokens renewed = oauth.refresh(first.refreshToken());

        assertThat(renewed.idToken()).isNotEqualTo(first.idToken());
        assertThat(renewed.refreshToken()).isEqualTo(first.refreshToken());
    }

    @Test
    void aRevokedRefreshTokenNoLongerRenews() throws Exception {
        Tokens tokens = signedIn();

        oauth.revoke(tokens.refreshToken());

        assertThatThrownBy(() -> oauth.refresh(tokens.refreshToken())).isInstanceOf(ApiException.Rejected.class);
    }

    @Test
    void a401IsCuredByOneRefreshAndTheRequestIsSentAgainOnce() throws Exception {
        List<Session> heard = new ArrayList<>();
        ApiClient api = apiSignedIn(heard);
        cognito.expireIdTokens();

        api.send(ApiRequest.get("/api/v1/me"));

        assertThat(cognito.received("GET /api/v1/me")).hasSize(2);
        assertThat(cognito.tokenRequests("refresh_token")).hasSize(1);
        assertThat(heard).hasSize(1).first().isEqualTo(api.session());
    }

    @Test
    void aTokenAboutToExpireIsRenewedBeforeTheRequest() throws Exception {
        List<Session> heard = new ArrayList<>();
        ApiClient api = apiSignedIn(heard);
        Session nearlyExpired = withExpiry(api.session(), NOW.plusSeconds(60));
        api.use(nearlyExpired);

        api.send(ApiRequest.get("/api/v1/me"));

        assertThat(cognito.tokenRequests("refresh_token")).hasSize(1);
        assertThat(cognito.received("GET /api/v1/me")).hasSize(1);
        assertThat(api.session().accessToken()).isNotEqualTo(nearlyExpired.accessToken());
    }

    @Test
    void aRefusedRefreshSignsOutAndTheCallerIsToldToSignIn() throws Exception {
        List<Session> heard = new ArrayList<>();
        ApiClient api = apiSignedIn(heard);
        cognito.expireIdTokens();
        cognito.refuseRefreshes();

        assertThatThrownBy(() -> api.send(ApiRequest.get("/api/v1/me")))
                .isInstanceOfSatisfying(ApiException.Rejected.class, e -> assertThat(e.signInNeeded()).isTrue());
        assertThat(api.session()).isNull();
        assertThat(heard).containsExactly((Session) null);
    }

    @Test
    void aSecond401AfterRenewalGoesToTheCallerWithoutAnotherRefresh() throws Exception {
        // The API refuses even the renewed token (e.g. the user was deactivated): one retry, no loop of refreshes.
        ApiClient api = ApiClient.to(cognito.baseUrl());
        api.use(IdTokenClaims.session(signedIn()));
        cognito.expireIdTokens();
        AlwaysStale renewal = new AlwaysStale();
        api.renewWith(renewal, s -> { });

        assertThatThrownBy(() -> api.send(ApiRequest.get("/api/v1/me")))
                .isInstanceOfSatisfying(ApiException.Rejected.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThat(cognito.received("GET /api/v1/me")).hasSize(2);
        assertThat(renewal.renewals).isEqualTo(1);
    }

    /** Renews into a token the API never accepts. */
    private static final class AlwaysStale implements SessionRenewal {
        int renewals;

        @Override
        public boolean dueSoon(Session session) {
            return false;
        }

        @Override
        public Session renew(Session session) {
            renewals++;
            return withExpiry(session, null);
        }
    }

    private Tokens signedIn() throws Exception {
        AuthorizationRequest request = oauth.begin();
        return oauth.complete(request, cognito.signIn(request));
    }

    private ApiClient apiSignedIn(List<Session> heard) throws Exception {
        ApiClient api = ApiClient.to(cognito.baseUrl());
        api.use(IdTokenClaims.session(signedIn()));
        api.renewWith(new TokenRenewal(oauth, Clock.fixed(NOW, ZoneOffset.UTC)), heard::add);
        return api;
    }

    private static Session withExpiry(Session s, Instant expiresAt) {
        return new Session(s.accessToken(), s.tenantId(), s.userId(), s.role(), s.timeZone(), s.refreshToken(),
                expiresAt);
    }
}
