package dev.fieldcrm.api.auth;

import dev.fieldcrm.core.users.User;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Dev tokens for the local run and the tests: HS256 with a local key, Cognito's claim names. This bean is
 * removed from the production (Lambda) build, where API Gateway's JWT authorizer verifies Cognito tokens.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = {"dev", "test"})
public class LocalTokens implements TokenVerifier {
    static final String ISSUER = "fieldcrm-local";
    static final String AUDIENCE = "fieldcrm";

    private final HmacKey key;
    private final JwtConsumer consumer;

    LocalTokens(@ConfigProperty(name = "fieldcrm-local.token-secret") String secret) {
        this.key = new HmacKey(secret.getBytes(StandardCharsets.UTF_8));
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience(AUDIENCE)
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
                .build();
    }

    public String issue(String tenantId, User user, long ttlMinutes) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(user.id());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(ttlMinutes);
        claims.setClaim(CallerClaims.TENANT, tenantId);
        claims.setClaim(CallerClaims.GROUPS, user.roles().stream().map(r -> r.claim()).sorted().toList());
        if (user.teamId() != null) {
            claims.setClaim(CallerClaims.TEAM, user.teamId());
        }
        claims.setClaim(CallerClaims.ZONE, user.timeZone());
        claims.setClaim("name", user.name());
        return sign(claims);
    }

    /** Signs arbitrary claims: tests use it to build expired, foreign and malformed tokens. */
    public String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(key);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a local token", e);
        }
    }

    @Override
    public Optional<Map<String, Object>> verify(String bearerToken) {
        try {
            return Optional.of(consumer.processToClaims(bearerToken).getClaimsMap());
        } catch (InvalidJwtException e) {
            return Optional.empty();
        }
    }

}
