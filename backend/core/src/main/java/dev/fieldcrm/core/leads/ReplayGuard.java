package dev.fieldcrm.core.leads;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A key that only one inbound request may hold for a while, so a replay of the same request stores nothing new:
 * a form's submission id (24 h), a hash of a form's normalised payload (minutes: a double click or a resubmit
 * with a new id), a telephony provider's event id.
 *
 * @param key      unique within the tenant, naming its source, e.g. {@code FORM#<formId>#SUB#<submissionId>};
 *                 {@code [A-Za-z0-9_#:.=-]}, at most 200 characters
 * @param lifetime how long the guard holds from the request's arrival
 */
public record ReplayGuard(String key, Duration lifetime) {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_#:.=-]{1,200}");

    public ReplayGuard {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("invalid replay guard key");
        }
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a replay guard needs a positive lifetime");
        }
    }

    public static ReplayGuard of(String key, Duration lifetime) {
        return new ReplayGuard(key, lifetime);
    }

    Instant expiresAt(Instant receivedAt) {
        return receivedAt.plus(lifetime);
    }
}
