package dev.fieldcrm.mobile.core.api;

import java.time.Instant;

/**
 * A signed-in user: the bearer token, who it belongs to and, after a Cognito sign-in, how to renew it.
 *
 * @param accessToken  the token for {@code Authorization: Bearer …} (after a Cognito sign-in: the ID token, which is
 *                     the one carrying {@code custom:tenant}, ADR 34)
 * @param tenantId     the tenant the token was issued for
 * @param userId       the user
 * @param role         the user's role (rep, manager, admin) as the API names it
 * @param timeZone     the user's IANA zone (quick picks and "today" use it), may be null
 * @param refreshToken renews the bearer token at the token endpoint; null for the local dev login (no renewal)
 * @param expiresAt    when the bearer token expires; null when unknown (local dev login)
 */
public record Session(String accessToken, String tenantId, String userId, String role, String timeZone,
                      String refreshToken, Instant expiresAt) {

    /** A session that cannot be renewed (the local dev login). */
    public Session(String accessToken, String tenantId, String userId, String role, String timeZone) {
        this(accessToken, tenantId, userId, role, timeZone, null, null);
    }

    /** Whether a refresh token came with it, i.e. a 401 may be cured without the rep signing in again. */
    public boolean renewable() {
        return refreshToken != null && !refreshToken.isBlank();
    }
}
