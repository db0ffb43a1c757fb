package dev.fieldcrm.mobile.core.auth;

import java.time.Instant;

/**
 * What the token endpoint answered.
 *
 * @param idToken      the JWT the API reads (Cognito puts {@code custom:tenant} only here, ADR 34)
 * @param accessToken  Cognito's access token (not sent to our API)
 * @param refreshToken renews both; a refresh answer carries none, so the previous one is kept
 * @param expiresAt    when the ID and access tokens expire
 */
public record Tokens(String idToken, String accessToken, String refreshToken, Instant expiresAt) {
}
