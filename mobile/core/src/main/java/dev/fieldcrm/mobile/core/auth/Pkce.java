package dev.fieldcrm.mobile.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636) with the {@code S256} method: a one-time secret (the verifier) stays on the
 * device, its SHA-256 (the challenge) goes with the authorization request, and only whoever holds the verifier can
 * redeem the code. A public client (no secret can be kept on a phone) needs it so an app that intercepts the
 * redirect cannot use the code.
 *
 * @param verifier  43–128 characters of {@code [A-Za-z0-9-._~]}
 * @param challenge {@code BASE64URL(SHA256(ASCII(verifier)))}, no padding
 */
public record Pkce(String verifier, String challenge) {
    public static final String METHOD = "S256";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public Pkce {
        if (verifier == null || !verifier.matches("[A-Za-z0-9._~-]{43,128}")) {
            throw new IllegalArgumentException("a PKCE verifier is 43 to 128 unreserved characters (RFC 7636 4.1)");
        }
    }

    /** A fresh verifier of 32 random bytes (256 bits, 43 characters), the size RFC 7636 recommends. */
    public static Pkce generate(SecureRandom random) {
        return of(randomText(random, 32));
    }

    public static Pkce of(String verifier) {
        return new Pkce(verifier, challengeOf(verifier));
    }

    /** URL-safe random text, also used for the {@code state} parameter. */
    static String randomText(SecureRandom random, int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return BASE64URL.encodeToString(raw);
    }

    private static String challengeOf(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
