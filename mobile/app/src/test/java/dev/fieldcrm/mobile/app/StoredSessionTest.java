package dev.fieldcrm.mobile.app;

import static dev.fieldcrm.mobile.app.support.PhoneHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.app.login.CognitoSignIn;
import dev.fieldcrm.mobile.app.login.LoopbackRedirect;
import dev.fieldcrm.mobile.app.support.PhoneHarness;
import dev.fieldcrm.mobile.app.support.PhoneTest;
import dev.fieldcrm.mobile.app.sync.SessionFile;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.auth.IdTokenClaims;
import dev.fieldcrm.mobile.core.auth.OAuthClient;
import dev.fieldcrm.mobile.core.auth.AuthorizationRequest;
import dev.fieldcrm.mobile.core.testing.FakeCognito;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A Cognito session kept on the device: the app opens straight to Today with it (no sign-in, no network needed),
 * and a token renewed on the way is written back, so the next start uses the new one.
 */
class StoredSessionTest extends PhoneTest {
    private final FakeCognito cognito = FakeCognito.start();
    private Session stored;

    @Override
    protected void beforeStart(PhoneHarness phone) {
        OAuthClient oauth = OAuthClient.of(cognito.settings(URI.create("http://localhost:53682/callback")),
                phone.clock);
        try {
            AuthorizationRequest request = oauth.begin();
            Session signedIn = IdTokenClaims.session(oauth.complete(request, cognito.signIn(request)));
            // Issued an hour ago: it expires one minute from now, inside the renewal margin.
            stored = new Session(signedIn.accessToken(), signedIn.tenantId(), signedIn.userId(), signedIn.role(),
                    signedIn.timeZone(), signedIn.refreshToken(), PhoneHarness.NOW.plusSeconds(60));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        new SessionFile(phone.dataDir).save(stored);
        phone.app.signInWith(new CognitoSignIn(oauth,
                new LoopbackRedirect(URI.create("http://localhost:53682/callback"), Duration.ofSeconds(1)),
                phone.openedLinks::add));
    }

    @AfterEach
    void stopCognito() {
        cognito.close();
    }

    @Test
    void theAppOpensToTodayWithTheStoredSession_andKeepsTheRenewedToken(FxRobot robot) {
        waitUntil(() -> robot.lookup("#task-T1").tryQuery().isPresent());
        assertThat(robot.lookup("#user").tryQuery()).as("no sign-in screen").isEmpty();

        waitUntil(() -> !new SessionFile(phone.dataDir).read().orElseThrow().accessToken()
                .equals(stored.accessToken()));
        Optional<Session> kept = new SessionFile(phone.dataDir).read();
        assertThat(kept).hasValueSatisfying(session -> {
            assertThat(session.userId()).isEqualTo("anna");
            assertThat(session.refreshToken()).isEqualTo(stored.refreshToken());
            assertThat(session.expiresAt()).isAfter(stored.expiresAt());
        });
        assertThat(cognito.tokenRequests("refresh_token")).hasSize(1);
        assertThat(phone.openedLinks).as("no browser was opened").isEmpty();
    }
}
