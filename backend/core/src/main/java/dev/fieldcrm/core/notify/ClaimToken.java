package dev.fieldcrm.core.notify;

import dev.fieldcrm.core.shared.PublicKeys;

/**
 * A random name for one claim of a {@link Delivery} (128 bits, URL-safe base64, 22 characters: the shape of a
 * {@link PublicKeys public key}, made the same way). Written with the claim and kept by its outcome, it tells "my own
 * write, whose answer was lost" from a rival's: two Postmen claiming on the same clock tick write identical claims
 * except for this. Not the jitter's random source, which tests seed.
 */
final class ClaimToken {
    private ClaimToken() {
    }

    static String random() {
        return PublicKeys.newKey();
    }
}
