package dev.fieldcrm.core.webforms;

import java.time.Instant;

/** The public endpoint's counters outside the submission's transaction: rate windows and the form's tallies. */
public interface FormTraffic {
    /**
     * Counts an attempt from {@code address} in the current minute and says whether it stays within the limits.
     * One UpdateItem.
     *
     * @return 0 when admitted, else the seconds until the window ends (for {@code Retry-After})
     */
    long admit(String tenantId, String formId, String address, Instant now, RateLimits limits);

    /** Adds one to a counter of the form's tally. One UpdateItem. */
    void count(String tenantId, String formId, FormCounter counter);
}
