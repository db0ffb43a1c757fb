package dev.fieldcrm.core.shared;

import java.util.Base64;
import java.util.Optional;

/**
 * Unpadded base64url for signed tokens. Decoding accepts only the spelling {@link #encode} produces: the last
 * character of unpadded base64 carries spare bits the JDK's decoder ignores, so several spellings decode to the same
 * bytes, and a token with a changed character would still verify.
 */
public final class Base64Url {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** The bytes of {@code text}, or empty when it is not base64url or not the canonical spelling of its bytes. */
    public static Optional<byte[]> decodeCanonical(String text) {
        byte[] bytes;
        try {
            bytes = DECODER.decode(text);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        return encode(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
    }
}
