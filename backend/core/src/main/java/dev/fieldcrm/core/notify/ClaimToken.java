package dev.fieldcrm.core.notify;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random name for one claim of a {@link Delivery} (128 bits, URL-safe base64, 22 characters). Written with the claim
 * and kept by its outcome, it tells "my own write, whose answer was lost" from a rival's: two Postmen claiming on the
 * same clock tick write identical claims except for this. Not the jitter's random source, which tests seed.
 */
final class ClaimToken {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private ClaimToken() {
    }

    static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
