package dev.fieldcrm.mobile.core.api;

/**
 * How {@link ApiClient} gets a fresh bearer token for a {@linkplain Session#renewable() renewable} session: before a
 * request when the token is about to expire, and once after a 401. Implemented by the core's OAuth client
 * ({@code auth.TokenRenewal}); kept as an interface so the API client knows nothing of OAuth.
 */
public interface SessionRenewal {

    /** Whether the session's token expires so soon that it should be renewed before the next request. */
    boolean dueSoon(Session session);

    /**
     * The same user with new tokens.
     *
     * @throws ApiException.Rejected when the refresh token is refused (expired, revoked): the rep must sign in again
     * @throws ApiException          Unreachable/ServerFailure when the token endpoint could not answer now
     */
    Session renew(Session session) throws ApiException;
}
