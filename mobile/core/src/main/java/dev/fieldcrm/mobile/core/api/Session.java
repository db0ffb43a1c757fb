package dev.fieldcrm.mobile.core.api;

/**
 * A signed-in user: the bearer token and who it belongs to.
 *
 * @param accessToken the token for {@code Authorization: Bearer …}
 * @param tenantId    the tenant the token was issued for
 * @param userId      the user
 * @param role        the user's role (rep, manager, admin) as the API names it
 * @param timeZone    the user's IANA zone (quick picks and "today" use it), may be null
 */
public record Session(String accessToken, String tenantId, String userId, String role, String timeZone) {
}
