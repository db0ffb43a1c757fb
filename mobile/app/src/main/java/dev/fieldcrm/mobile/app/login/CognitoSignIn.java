package dev.fieldcrm.mobile.app.login;

import dev.fieldcrm.mobile.app.device.ExternalLinks;
import dev.fieldcrm.mobile.core.api.ApiException;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.auth.AuthorizationRequest;
import dev.fieldcrm.mobile.core.auth.IdTokenClaims;
import dev.fieldcrm.mobile.core.auth.OAuthClient;
import dev.fieldcrm.mobile.core.auth.SignInFailed;

/**
 * Sign-in through Cognito's hosted UI: open the authorize URL in the system browser (never a web view, RFC 8252),
 * take the redirect back, exchange the code. Blocking: run it on the background thread.
 */
public record CognitoSignIn(OAuthClient oauth, RedirectReceiver redirects, ExternalLinks browser) {

    public Session signIn() throws SignInFailed, ApiException {
        AuthorizationRequest request = oauth.begin();
        return IdTokenClaims.session(oauth.complete(request,
                redirects.receive(() -> browser.open(request.uri().toString()))));
    }

    /** Revokes the session's refresh token (sign-out); nothing to do for a session without one. */
    public void revoke(Session session) throws ApiException {
        if (session.renewable()) {
            oauth.revoke(session.refreshToken());
        }
    }
}
