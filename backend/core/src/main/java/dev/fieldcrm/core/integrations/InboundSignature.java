package dev.fieldcrm.core.integrations;

import dev.fieldcrm.core.webhooks.WebhookSignature;

import java.time.Duration;
import java.time.Instant;

/**
 * The signature a provider puts on each event: {@code X-FieldCRM-Signature: t=<unix seconds>,v1=<hex>} where hex is
 * HMAC-SHA256(secret, t + "." + body) — the outbound webhooks' scheme ({@link WebhookSignature}), with the timestamp
 * in the same header. A timestamp more than {@link #TOLERANCE} away from our clock is refused, so a captured event
 * cannot be replayed later (replays within the window are caught by the event id).
 */
public final class InboundSignature {
    public static final String HEADER = "X-FieldCRM-Signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private InboundSignature() {
    }

    /** Whether {@code header} signs {@code body} with {@code secret} at a time close enough to {@code now}. */
    public static boolean verify(String secret, String header, byte[] body, Instant now) {
        if (header == null || header.length() > 500) {
            return false;
        }
        Long timestamp = null;
        for (String part : header.split(",")) {
            String p = part.strip();
            if (p.startsWith("t=")) {
                try {
                    timestamp = Long.parseLong(p.substring(2));
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        if (timestamp == null || Math.abs(now.getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
            return false;
        }
        return WebhookSignature.verify(secret, timestamp, body, header);
    }

    /** What a provider (or a test) sends: {@code t=<unix>,v1=<hex>}. */
    public static String sign(String secret, long timestamp, byte[] body) {
        return "t=" + timestamp + "," + WebhookSignature.sign(secret, timestamp, body);
    }
}
