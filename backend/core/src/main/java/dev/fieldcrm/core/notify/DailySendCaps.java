package dev.fieldcrm.core.notify;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many messages a tenant may send per channel and UTC day (OWASP API4: a mailing or a runaway rule must not
 * send without bound). Tenants without an override get the defaults.
 *
 * @param perChannel per channel, for every tenant without an override
 * @param overrides  per tenant id, the channels whose cap differs from the default
 */
public record DailySendCaps(Map<Channel, Long> perChannel, Map<String, Map<Channel, Long>> overrides) {
    public DailySendCaps {
        Objects.requireNonNull(perChannel, "perChannel");
        for (Channel channel : Channel.values()) {
            if (!perChannel.containsKey(channel)) {
                throw new IllegalArgumentException("no daily cap for " + channel);
            }
        }
        requirePositive(perChannel);
        if (overrides != null) {
            overrides.values().forEach(DailySendCaps::requirePositive);
        }
        perChannel = Map.copyOf(perChannel);
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    /** Email 20,000, SMS 2,000, push 50,000 a day: well above a field team's normal day, far below a runaway. */
    public static DailySendCaps defaults() {
        return of(20_000, 2_000, 50_000);
    }

    public static DailySendCaps of(long email, long sms, long push) {
        Map<Channel, Long> caps = new EnumMap<>(Channel.class);
        caps.put(Channel.EMAIL, email);
        caps.put(Channel.SMS, sms);
        caps.put(Channel.PUSH, push);
        return new DailySendCaps(caps, Map.of());
    }

    public DailySendCaps withOverrides(Map<String, Map<Channel, Long>> perTenant) {
        return new DailySendCaps(perChannel, perTenant);
    }

    /** A cap of 0 would admit the day's first send (the counter does not exist yet): refused at startup instead. */
    private static void requirePositive(Map<Channel, Long> caps) {
        caps.forEach((channel, cap) -> {
            if (cap == null || cap < 1) {
                throw new IllegalArgumentException("the daily " + channel + " cap must be at least 1, not " + cap);
            }
        });
    }

    public long of(String tenantId, Channel channel) {
        Long own = overrides.getOrDefault(tenantId, Map.of()).get(channel);
        return own != null ? own : perChannel.get(channel);
    }
}
