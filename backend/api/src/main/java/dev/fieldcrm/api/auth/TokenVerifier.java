package dev.fieldcrm.api.auth;

import java.util.Map;
import java.util.Optional;

/** Verifies a bearer token and returns its claims; only the local profile has one (see {@link LocalTokens}). */
public interface TokenVerifier {
    Optional<Map<String, Object>> verify(String bearerToken);
}
