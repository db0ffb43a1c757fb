package dev.fieldcrm.core.webhooks;

import com.github.f4b6a3.ulid.Ulid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;

/**
 * Deterministic ids: the same stream event always yields the same event id and, per subscription, the same delivery
 * id — that is what makes a redelivered stream record harmless. They are ULIDs whose time part is the event's time,
 * so deliveries sort by when their event happened (the delivery log reads newest first without another index).
 */
public final class WebhookIds {
    private WebhookIds() {
    }

    /** The id receivers see as the event's {@code id} (the same for every subscription). */
    public static String event(String streamEventId, WebhookEvent event, Instant occurredAt) {
        return ulid(occurredAt, "event#" + streamEventId + "#" + event);
    }

    public static String delivery(String eventId, String subscriptionId, Instant occurredAt) {
        return ulid(occurredAt, "delivery#" + eventId + "#" + subscriptionId);
    }

    private static String ulid(Instant at, String seed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return new Ulid(at.toEpochMilli(), Arrays.copyOf(hash, 10)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
