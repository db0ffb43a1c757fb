package dev.fieldcrm.core.informing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mailing's progress. {@code targeted = sent + failed + suppressed + skipped + retrying} holds after every batch.
 *
 * @param targeted   active contacts of the matching clients
 * @param sent       accepted by the provider
 * @param failed     failed for good (parked by the Postman)
 * @param suppressed on the tenant's suppression list (bounced, complained, unsubscribed)
 * @param skipped    no consent for the channel, or no address for it
 * @param retrying   failed for now; the Postman retries them on its own schedule (their final outcome is not
 *                   counted here)
 */
public record MailingCounts(long targeted, long sent, long failed, long suppressed, long skipped, long retrying) {

    public static MailingCounts none() {
        return new MailingCounts(0, 0, 0, 0, 0, 0);
    }

    MailingCounts plus(MailingCounts o) {
        return new MailingCounts(targeted + o.targeted, sent + o.sent, failed + o.failed, suppressed + o.suppressed,
                skipped + o.skipped, retrying + o.retrying);
    }

    /** The deltas for an atomic counter update. */
    Map<String, BigDecimal> deltas() {
        Map<String, BigDecimal> d = new LinkedHashMap<>();
        put(d, "targeted", targeted);
        put(d, "sent", sent);
        put(d, "failed", failed);
        put(d, "suppressed", suppressed);
        put(d, "skipped", skipped);
        put(d, "retrying", retrying);
        return d;
    }

    private static void put(Map<String, BigDecimal> d, String name, long value) {
        if (value != 0) {
            d.put(name, BigDecimal.valueOf(value));
        }
    }
}
