package dev.fieldcrm.core.notify;

import java.time.LocalDate;

/**
 * A tenant's daily allowance of provider sends per channel (DynamoDB in {@code core.dynamo}): one counter per tenant,
 * channel and UTC day, taken with one conditional write, so concurrent workers never take more than the cap together.
 */
public interface SendQuota {
    /** What became of one request for a send. */
    enum Take {
        /** Counted: the send may be made. */
        TAKEN,
        /** The day's cap is reached: no send. */
        REFUSED,
        /** The day's cap is reached and this is the first refusal of the day for the tenant and channel. */
        FIRST_REFUSAL
    }

    /** Counts one send of {@code channel} for the tenant on {@code day} unless {@code cap} sends were counted. */
    Take take(String tenantId, Channel channel, LocalDate day, long cap);
}
