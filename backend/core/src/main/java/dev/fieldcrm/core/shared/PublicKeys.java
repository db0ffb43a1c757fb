package dev.fieldcrm.core.shared;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Public keys: what an unauthenticated request (a website form, a telephony provider's webhook) names instead of a
 * token. 128 random bits, base64url without padding (22 characters), so they cannot be guessed or enumerated; each
 * resolves the tenant through a key item keyed without a tenant prefix (docs/decisions.md, "Public form keys").
 */
public final class PublicKeys {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicKeys() {
    }

    public static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string can be a public key at all (checked before any read). */
    public static boolean isKeyShaped(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
