package dev.fieldcrm.mobile.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.api.Session;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

/**
 * Who the ID token says the user is, read from its payload to label the device's session (tenant, user, role,
 * zone). The signature is not checked here: the API (API Gateway's JWT authorizer) checks it on every request, and
 * the token came straight from the token endpoint over TLS.
 */
public final class IdTokenClaims {
    /** Most privileged first: the app shows the manager's Team tab when any of these groups allows it. */
    private static final List<String> ROLES = List.of("admin", "manager", "rep");

    private IdTokenClaims() {
    }

    /** The session for {@code tokens}: the ID token is the bearer token. */
    public static Session session(Tokens tokens) {
        JsonNode claims = payload(tokens.idToken());
        String tenant = claims.path("custom:tenant").asText(null);
        String subject = claims.path("sub").asText(null);
        if (tenant == null || subject == null) {
            throw new IllegalArgumentException("the ID token names no tenant or no subject");
        }
        return new Session(tokens.idToken(), tenant, subject, role(claims.path("cognito:groups")),
                claims.path("zoneinfo").asText(null), tokens.refreshToken(), tokens.expiresAt());
    }

    private static String role(JsonNode groups) {
        for (String role : ROLES) {
            for (JsonNode group : groups) {
                if (role.equalsIgnoreCase(group.asText())) {
                    return role;
                }
            }
        }
        return null;
    }

    private static JsonNode payload(String jwt) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("the ID token is not a JWT");
        }
        try {
            return Json.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the ID token's payload is not base64url JSON", e);
        }
    }
}
