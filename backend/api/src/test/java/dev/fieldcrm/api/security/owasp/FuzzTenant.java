package dev.fieldcrm.api.security.owasp;

import dev.fieldcrm.api.auth.LocalTokens;
import dev.fieldcrm.api.support.Api;
import dev.fieldcrm.core.shared.Ids;
import io.restassured.specification.RequestSpecification;
import org.jose4j.jwt.JwtClaims;

import java.util.List;
import java.util.Map;

/**
 * An admin of tenant "owasp", which no other test uses: random input that happens to be valid creates records
 * there, not in acme or globex. Ids in paths are fresh, so nothing existing is aimed at.
 */
final class FuzzTenant {
    static final String TENANT = "owasp";
    private static final Map<String, String> SHAPED = Map.of("month", "2026-11", "rule", "S1-01");

    private FuzzTenant() {
    }

    static RequestSpecification request(LocalTokens tokens) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("fieldcrm-local");
        claims.setAudience("fieldcrm");
        claims.setSubject("fuzzer");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(30);
        claims.setClaim("custom:tenant", TENANT);
        claims.setClaim("cognito:groups", List.of("admin"));
        claims.setClaim("custom:team", "east");
        return Api.anonymous().accept("*/*").header("Authorization", "Bearer " + tokens.sign(claims));
    }

    /**
     * The operation's path with a fresh id in every parameter, except where the route itself accepts only a shape
     * (a month, a hygiene rule code), so that the request reaches the operation.
     */
    static String url(ApiOperation operation) {
        String url = operation.path();
        for (String param : operation.pathParams()) {
            url = url.replace("{" + param + "}", SHAPED.getOrDefault(param, Ids.newId()));
        }
        return url;
    }
}
