package dev.fieldcrm.core.webforms;

import dev.fieldcrm.core.informing.LinkKeys;
import dev.fieldcrm.core.shared.Base64Url;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The time trap of a public form: the form's config carries a token stamped with when it was issued; a submission
 * sooner than the form's minimum fill time after that (a bot posting at once), or more than a day later (a token
 * harvested and replayed), or with a forged token, is spam.
 *
 * <p>Layout, base64url: key id (1 byte) · issued-at epoch seconds (8) · MAC (16 = HMAC-SHA256 truncated). The MAC
 * covers a purpose label, the form id and the bytes before it, under the link signing keys ({@link LinkKeys}:
 * rotation keeps the retired keys verifying); the label keeps a form token from ever passing as a link token.
 */
public final class FillTimeTokens {
    /** A token older than this is refused (the page was open for a day: reload it). */
    public static final Duration MAX_AGE = Duration.ofHours(24);
    private static final byte[] PURPOSE = "fieldcrm-form-trap-v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final int MAC_BYTES = 16;
    private static final int LENGTH = 1 + 8 + MAC_BYTES;

    private final LinkKeys keys;

    public FillTimeTokens(LinkKeys keys) {
        this.keys = keys;
    }

    /** How a token checks out. */
    public enum Verdict { IN_TIME, TOO_FAST, TOO_OLD, INVALID }

    public String issue(String formId, Instant now) {
        ByteBuffer body = ByteBuffer.allocate(1 + 8);
        body.put((byte) keys.currentKeyId());
        body.putLong(now.getEpochSecond());
        byte[] token = Arrays.copyOf(body.array(), LENGTH);
        System.arraycopy(mac(keys.secrets().get(keys.currentKeyId()), formId, body.array()), 0, token, 9, MAC_BYTES);
        return Base64Url.encode(token);
    }

    public Verdict check(String token, String formId, Duration minFill, Instant now) {
        if (token == null || token.length() > 64) {
            return Verdict.INVALID;
        }
        byte[] bytes = Base64Url.decodeCanonical(token).orElse(null);
        if (bytes == null || bytes.length != LENGTH) {
            return Verdict.INVALID;
        }
        byte[] secret = keys.secrets().get(bytes[0] & 0xff);
        if (secret == null) {
            return Verdict.INVALID;
        }
        byte[] body = Arrays.copyOf(bytes, 9);
        if (!MessageDigest.isEqual(mac(secret, formId, body), Arrays.copyOfRange(bytes, 9, LENGTH))) {
            return Verdict.INVALID;
        }
        Instant issued = Instant.ofEpochSecond(ByteBuffer.wrap(bytes, 1, 8).getLong());
        if (now.isBefore(issued.plus(minFill))) {
            return Verdict.TOO_FAST;
        }
        return now.isAfter(issued.plus(MAX_AGE)) ? Verdict.TOO_OLD : Verdict.IN_TIME;
    }

    private static byte[] mac(byte[] secret, String formId, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(PURPOSE);
            mac.update(formId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(body), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
