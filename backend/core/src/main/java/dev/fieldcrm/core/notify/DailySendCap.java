package dev.fieldcrm.core.notify;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The Postman's gate before a provider call: takes one send of the tenant's daily allowance for the message's channel
 * ({@link SendQuota}), the day being the UTC date of the clock. The first refusal of a day per tenant and channel is
 * logged as a WARN (there is no admin alert path yet; the log is what operators alarm on), later ones are not.
 */
public record DailySendCap(SendQuota quota, DailySendCaps caps, Clock clock) {
    private static final System.Logger LOG = System.getLogger(DailySendCap.class.getName());

    /** Whether the message may go to the provider now; when true, it has been counted. */
    public boolean admits(Outgoing message) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long cap = caps.of(message.tenantId(), message.channel());
        SendQuota.Take take = quota.take(message.tenantId(), message.channel(), day, cap);
        if (take == SendQuota.Take.FIRST_REFUSAL) {
            LOG.log(Level.WARNING, "tenant " + message.tenantId() + " reached its daily " + message.channel()
                    + " cap of " + cap + " on " + day + ": further sends are recorded CAPPED until the day ends");
        }
        return take == SendQuota.Take.TAKEN;
    }

    /** The reason recorded on a capped delivery. */
    String reason(Outgoing message) {
        return "daily " + message.channel() + " cap of " + caps.of(message.tenantId(), message.channel()) + " reached";
    }
}
