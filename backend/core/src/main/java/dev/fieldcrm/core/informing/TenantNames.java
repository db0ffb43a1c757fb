package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.deals.SettingsQueries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name a tenant's clients see in its messages: the display name an admin set in the sales settings, else the
 * tenant id. Read once per tenant per {@link #CACHE_FOR} (one Query of the settings), not once per message: a
 * mailing of thousands of messages reads it once, and a renamed company shows within minutes.
 */
public final class TenantNames {
    static final Duration CACHE_FOR = Duration.ofMinutes(5);

    private final SettingsQueries settings;
    private final Clock clock;
    private final Map<String, Cached> names = new ConcurrentHashMap<>();

    private record Cached(String name, Instant readAt) {
    }

    public TenantNames(SettingsQueries settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public String of(String tenantId) {
        Instant now = clock.instant();
        Cached cached = names.get(tenantId);
        if (cached == null || cached.readAt().plus(CACHE_FOR).isBefore(now) || cached.readAt().isAfter(now)) {
            cached = new Cached(settings.load(tenantId).settings().displayNameOf(tenantId), now);
            names.put(tenantId, cached);
        }
        return cached.name();
    }
}
