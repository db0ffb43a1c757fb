package dev.fieldcrm.mobile.app.login;

import dev.fieldcrm.mobile.core.auth.SignInFailed;
import java.net.URI;

/**
 * Where the browser hands the sign-in answer back to the app: a loopback HTTP listener on the desktop
 * ({@link LoopbackRedirect}, RFC 8252 7.3), the {@code fieldcrm://auth} custom scheme on a phone.
 */
public interface RedirectReceiver {

    /**
     * Starts listening, runs {@code openBrowser}, and waits for the redirect.
     *
     * @throws SignInFailed when no answer came in time
     */
    URI receive(Runnable openBrowser) throws SignInFailed;
}
