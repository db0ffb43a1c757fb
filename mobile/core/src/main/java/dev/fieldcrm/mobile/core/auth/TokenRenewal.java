package dev.fieldcrm.mobile.core.auth;

import dev.fieldcrm.mobile.core.api.ApiException;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.api.SessionRenewal;
import java.time.Clock;
import java.time.Duration;

/** Renews a Cognito session with its refresh token, a little before the ID token expires. */
public record TokenRenewal(OAuthClient oauth, Clock clock) implements SessionRenewal {
    /** Renew this long before expiry, so a request never leaves with a token that dies on the way. */
    static final Duration MARGIN = Duration.ofMinutes(2);

    @Override
    public boolean dueSoon(Session session) {
        return session.expiresAt() != null && !clock.instant().plus(MARGIN).isBefore(session.expiresAt());
    }

    @Override
    public Session renew(Session session) throws ApiException {
        return IdTokenClaims.session(oauth.refresh(session.refreshToken()));
    }
}
