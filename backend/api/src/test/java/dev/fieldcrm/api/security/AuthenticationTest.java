package dev.fieldcrm.api.security;

import dev.fieldcrm.api.auth.LocalTokens;
import dev.fieldcrm.api.support.Api;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Only a token that is signed with the right key, current, issued by the right issuer for the right audience, and
 * that names a tenant and a FieldCRM role identifies a caller; every other request is a 401 problem.
 * (That a valid acme token never reaches globex data is {@link TenantIsolationTest}.)
 */
@QuarkusTest
class AuthenticationTest {
    private static final String ME = "/api/v1/me";

    @Inject
    LocalTokens tokens;

    /** A token for acme's rep1 as the local login would issue it, after {@code change} was applied to its claims. */
    private String signed(Consumer<JwtClaims> change) {
        JwtClaims claims = rep1Claims();
        change.accept(claims);
        return tokens.sign(claims);
    }

    private static JwtClaims rep1Claims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("fieldcrm-local");
        claims.setAudience("fieldcrm");
        claims.setSubject("rep1");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        claims.setClaim("custom:tenant", "acme");
        claims.setClaim("cognito:groups", List.of("rep"));
        claims.setClaim("custom:team", "east");
        return claims;
    }

    private static Response me(String token) {
        return Api.anonymous().header("Authorization", "Bearer " + token).get(ME);
    }

    private static void assertUnauthenticated(Response response) {
        Problems.assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.asString()).doesNotContain("rep1@example.com");
    }

    @Test
    void theClaimsUsedBelow_makeAValidToken_whenLeftUnchanged() {
        me(signed(claims -> { })).then().statusCode(200).body("id", equalTo("rep1"));
    }

    @Test
    void noAuthorizationHeader_is401WithBearerChallenge() {
        assertUnauthenticated(Api.anonymous().get(ME));
        assertUnauthenticated(Api.anonymous().get("/api/v1/clients"));
    }

    @Test
    void noAuthorization_writesNothing() {
        Map<String, Object> body = TestData.client("Anonymous " + TestData.next());
        assertUnauthenticated(Api.anonymous().body(body).post("/api/v1/clients"));
        Api.as("acme", "rep1").body(body).post("/api/v1/clients").then().statusCode(201);
    }

    @Test
    void anotherAuthorizationScheme_is401() {
        assertUnauthenticated(Api.anonymous().header("Authorization", "Basic cmVwMTpzZWNyZXQ=").get(ME));
    }

    @Test
    void garbageToken_is401() {
        assertUnauthenticated(me("not.a.jwt"));
        assertUnauthenticated(me(""));
    }

    @Test
    void expiredToken_is401() {
        assertUnauthenticated(me(signed(claims -> {
            claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 7200));
            claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
        })));
    }

    @Test
    void notYetValidToken_is401() {
        assertUnauthenticated(me(signed(claims -> claims.setNotBefore(NumericDate.fromSeconds(NumericDate.now().getValue() + 3600)))));
    }

    @Test
    void tamperedPayloadUnderAValidSignature_is401() {
        String[] parts = signed(claims -> { }).split("\\.");
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        JwtClaims elevated = rep1Claims();
        elevated.setClaim("cognito:groups", List.of("admin"));
        String forged = base64url.encodeToString(elevated.toJson().getBytes(StandardCharsets.UTF_8));
        assertUnauthenticated(me(parts[0] + "." + forged + "." + parts[2]));
    }

    @Test
    void tokenWhoseHeaderNamesAnotherAlgorithm_is401() throws JoseException {
        // Algorithm confusion: the verifier permits exactly HS256 locally (RS256 from Cognito's JWKS at API Gateway).
        assertUnauthenticated(me(hmacSigned(AlgorithmIdentifiers.HMAC_SHA512,
                "fieldcrm-test-key-with-enough-bytes-for-hs256-and-even-for-hs512-signatures-too")));
    }

    @Test
    void tokenSignedWithAnotherKey_is401() throws JoseException {
        assertUnauthenticated(me(hmacSigned(AlgorithmIdentifiers.HMAC_SHA256, "an-attackers-key-that-is-long-enough-for-hs256")));
    }

    /** rep1's claims signed with {@code algorithm} and {@code key}: not what the verifier accepts. */
    private static String hmacSigned(String algorithm, String key) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(rep1Claims().toJson());
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setKey(new HmacKey(key.getBytes(StandardCharsets.UTF_8)));
        return jws.getCompactSerialization();
    }

    @Test
    void unsignedTokenWithAlgNone_is401() {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String header = base64url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64url.encodeToString(rep1Claims().toJson().getBytes(StandardCharsets.UTF_8));
        assertUnauthenticated(me(header + "." + payload + "."));
    }

    @Test
    void validSignatureWithItsSignatureStrippedOff_is401() {
        String token = signed(claims -> { });
        assertUnauthenticated(me(token.substring(0, token.lastIndexOf('.') + 1)));
    }

    @Test
    void wrongIssuer_is401() {
        assertUnauthenticated(me(signed(claims -> claims.setIssuer("https://cognito-idp.eu-central-1.amazonaws.com/other"))));
    }

    @Test
    void wrongAudience_is401() {
        assertUnauthenticated(me(signed(claims -> claims.setAudience("another-app"))));
    }

    @Test
    void tokenWithoutTenant_is401() {
        assertUnauthenticated(me(signed(claims -> claims.unsetClaim("custom:tenant"))));
        assertUnauthenticated(me(signed(claims -> claims.setClaim("custom:tenant", "  "))));
    }

    @Test
    void tokenWithoutSubject_is401() {
        assertUnauthenticated(me(signed(claims -> claims.unsetClaim("sub"))));
    }

    @Test
    void tokenWithNoKnownRole_is401() {
        assertUnauthenticated(me(signed(claims -> claims.setClaim("cognito:groups", List.of("viewer", "superuser")))));
        assertUnauthenticated(me(signed(claims -> claims.setClaim("cognito:groups", List.of()))));
        assertUnauthenticated(me(signed(claims -> claims.unsetClaim("cognito:groups"))));
    }

    @Test
    void localLogin_refusesAnUnknownUserOrTenant() {
        Problems.assertProblem(Api.anonymous().body(Map.of("tenantId", "acme", "userId", "mallory"))
                .post("/api/v1/local/login"), 404);
        Problems.assertProblem(Api.anonymous().body(Map.of("tenantId", "initech", "userId", "rep1"))
                .post("/api/v1/local/login"), 404);
    }
}
