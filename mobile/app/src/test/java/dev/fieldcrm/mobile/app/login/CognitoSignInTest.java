package dev.fieldcrm.mobile.app.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.auth.OAuthClient;
import dev.fieldcrm.mobile.core.testing.FakeCognito;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The login view-model's browser sign-in, end to end: authorize URL → fake hosted UI → loopback redirect → tokens. */
class CognitoSignInTest {
    private final FakeCognito cognito = FakeCognito.start();
    private final URI redirect = URI.create("http://localhost:" + freePort() + "/callback");
    private final List<String> opened = new ArrayList<>();

    @AfterEach
    void stop() {
        cognito.close();
    }

    @Test
    void signInOpensTheHostedUiAndTheLoopbackRedirectCompletesIt() {
        cognito.groups("manager");
        AtomicReference<Session> signedIn = new AtomicReference<>();
        LoginViewModel model = model(url -> {
            opened.add(url);
            follow(cognito.signIn(URI.create(url))); // the browser follows the hosted UI's redirect
        }, signedIn);

        model.signIn();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(opened).singleElement().asString().startsWith(cognito.baseUrl() + "/oauth2/authorize?")
                .contains("code_challenge_method=S256");
        assertThat(signedIn.get().tenantId()).isEqualTo("demo");
        assertThat(signedIn.get().role()).isEqualTo("manager");
        assertThat(signedIn.get().renewable()).isTrue();
    }

    @Test
    void aRedirectFromAnotherSignInIsShownAsAnErrorAndSignsNobodyIn() {
        AtomicReference<Session> signedIn = new AtomicReference<>();
        LoginViewModel model = model(url -> {
            URI answer = cognito.signIn(URI.create(url));
            follow(URI.create(answer.toString().replaceAll("state=[^&]+", "state=forged")));
        }, signedIn);

        model.signIn();

        assertThat(signedIn.get()).isNull();
        assertThat(model.errorProperty().get()).contains("state mismatch");
        assertThat(cognito.tokenRequests("authorization_code")).isEmpty();
    }

    @Test
    void withoutAuthSettingsTheLocalLoginIsUsed() {
        assertThat(AuthSettings.from(Map.of())).isEmpty();
        assertThat(AuthSettings.from(Map.of("FIELDCRM_AUTH_DOMAIN", "https://x.auth.eu-central-1.amazoncognito.com",
                "FIELDCRM_AUTH_CLIENT_ID", "abc"))).hasValueSatisfying(s -> {
                    assertThat(s.redirectUri()).hasToString(AuthSettings.DESKTOP_REDIRECT);
                    assertThat(s.tokenEndpoint()).hasToString("https://x.auth.eu-central-1.amazoncognito.com/oauth2/token");
                });
    }

    private LoginViewModel model(dev.fieldcrm.mobile.app.device.ExternalLinks browser,
            AtomicReference<Session> signedIn) {
        CognitoSignIn signIn = new CognitoSignIn(OAuthClient.of(cognito.settings(redirect), Clock.systemUTC()),
                new LoopbackRedirect(redirect, Duration.ofSeconds(20)), browser);
        return new LoginViewModel(ApiClient.to(cognito.baseUrl()), Optional.of(signIn), Background.immediate(),
                new Texts(Texts.ENGLISH), signedIn::set);
    }

    private static void follow(URI uri) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(uri.toString().replace("localhost", "127.0.0.1"))).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
