package dev.fieldcrm.core.informing;

import com.github.f4b6a3.ulid.Ulid;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.shared.Base64Url;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Signs and opens the tokens of public links (one-click unsubscribe, survey answers): HMAC-SHA256 under a server
 * secret, base64url. A token carries no secret and grants nothing by itself: it names one record, and the MAC proves
 * the server issued it for exactly that record and address.
 *
 * <p>Binary layout (compact, because an SMS carries it too): key id (1 byte) · purpose and channel (1) ·
 * issued-at epoch seconds (4) · client ULID (16) · subject ULID (16) · tenant length (1) · tenant (UTF-8) ·
 * MAC (10 = HMAC-SHA256 truncated to 80 bits; tokens issued before with 16 bytes = 128 bits still verify, at their
 * own length). The MAC covers every byte before it <em>and</em> the address the
 * link was sent to, which is not in the token: the verifier supplies the address it holds for the subject, so a
 * token can never be turned against another address, and changing any byte of it breaks the MAC.
 * Comparison is constant-time ({@link MessageDigest#isEqual}).
 */
public final class LinkSigner {
    private static final byte[] DOMAIN = "fieldcrm-link-v1\0".getBytes(StandardCharsets.US_ASCII);
    /** 80 bits: a forger gets one online guess per request, so 2^80 is far out of reach (ADR "short links"). */
    static final int MAC_BYTES = 10;
    /** The MAC length of tokens issued before links were shortened: still accepted, never issued. */
    static final int LEGACY_MAC_BYTES = 16;
    private static final int FIXED = 1 + 1 + 4 + 16 + 16 + 1;
    private static final int MAX_TENANT_BYTES = 64;

    private final LinkKeys keys;

    public LinkSigner(LinkKeys keys) {
        this.keys = keys;
    }

    /** The token for {@code link}, bound to {@code address} (empty when the subject's record holds it, as for surveys). */
    public String sign(Link link, String address) {
        byte[] tenant = link.tenantId().getBytes(StandardCharsets.UTF_8);
        if (tenant.length == 0 || tenant.length > MAX_TENANT_BYTES) {
            throw new IllegalArgumentException("tenant id length out of range");
        }
        ByteBuffer payload = ByteBuffer.allocate(FIXED + tenant.length);
        payload.put((byte) keys.currentKeyId());
        payload.put((byte) (link.purpose().code << 4 | link.channel().ordinal()));
        payload.putInt((int) link.issuedAt().getEpochSecond());
        payload.put(Ulid.from(link.clientId()).toBytes());
        payload.put(Ulid.from(link.subjectId()).toBytes());
        payload.put((byte) tenant.length);
        payload.put(tenant);
        byte[] body = payload.array();
        byte[] mac = mac(keys.current(), body, address, MAC_BYTES);
        byte[] token = Arrays.copyOf(body, body.length + MAC_BYTES);
        System.arraycopy(mac, 0, token, body.length, MAC_BYTES);
        return Base64Url.encode(token);
    }

    /** The length of a token for this tenant (for fitting an SMS). */
    public static int tokenLength(String tenantId) {
        int bytes = FIXED + tenantId.getBytes(StandardCharsets.UTF_8).length + MAC_BYTES;
        return (bytes * 4 + 2) / 3;
    }

    /**
     * Reads a token's claims without trusting them yet: empty when it is malformed or signed with an unknown key.
     * The caller loads the named record and then asks {@link Opened#signedFor(String)} with the address it holds.
     */
    public Optional<Opened> open(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        Optional<byte[]> decoded = Base64Url.decodeCanonical(token);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = decoded.get();
        if (bytes.length < FIXED + 1 + MAC_BYTES) {
            return Optional.empty();
        }
        int tenantLength = bytes[FIXED - 1] & 0xff;
        int macLength = bytes.length - FIXED - tenantLength;
        if (tenantLength == 0 || (macLength != MAC_BYTES && macLength != LEGACY_MAC_BYTES)) {
            return Optional.empty();
        }
        Optional<byte[]> secret = keys.secret(bytes[0] & 0xff);
        LinkPurpose purpose = LinkPurpose.ofCode((bytes[1] & 0xff) >> 4);
        int channel = bytes[1] & 0x0f;
        if (secret.isEmpty() || purpose == null || channel >= Channel.values().length) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(2);
        Instant issuedAt = Instant.ofEpochSecond(Integer.toUnsignedLong(in.getInt()));
        byte[] client = new byte[16];
        byte[] subject = new byte[16];
        in.get(client).get(subject);
        String tenant = new String(bytes, FIXED, tenantLength, StandardCharsets.UTF_8);
        Link link = new Link(purpose, Channel.values()[channel], tenant, Ulid.from(client).toString(),
                Ulid.from(subject).toString(), issuedAt);
        byte[] body = Arrays.copyOf(bytes, FIXED + tenantLength);
        byte[] mac = Arrays.copyOfRange(bytes, FIXED + tenantLength, bytes.length);
        return Optional.of(new Opened(link, body, mac, secret.get()));
    }

    /** A parsed token whose MAC has not been checked yet. */
    public static final class Opened {
        private final Link link;
        private final byte[] body;
        private final byte[] mac;
        private final byte[] secret;

        private Opened(Link link, byte[] body, byte[] mac, byte[] secret) {
            this.link = link;
            this.body = body;
            this.mac = mac;
            this.secret = secret;
        }

        /** What the token claims; not to be acted on before {@link #signedFor} holds. */
        public Link claims() {
            return link;
        }

        /** Whether the server signed exactly these claims for {@code address} (constant-time comparison). */
        public boolean signedFor(String address) {
            return MessageDigest.isEqual(mac, mac(secret, body, address, mac.length));
        }
    }

    /** The HMAC truncated to {@code length} bytes (the token's MAC length). */
    private static byte[] mac(byte[] secret, byte[] body, String address, int length) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            hmac.update(DOMAIN);
            hmac.update(body);
            hmac.update((byte) 0);
            hmac.update((address == null ? "" : address).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(hmac.doFinal(), length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
