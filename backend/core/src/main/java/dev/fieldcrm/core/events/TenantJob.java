package dev.fieldcrm.core.events;

/**
 * Work run on demand for one tenant rather than on the clock: a backfill an operator starts once (in AWS, an
 * EventBridge event to the schedule function whose {@code detail} names the job and the tenant; see the README's
 * operations notes). Running it again must change nothing that the first run did.
 */
public interface TenantJob {
    /** A short stable name, as given in the event's {@code detail.job}. */
    String name();

    /** @return how many records it went through (for the operator) */
    int run(String tenantId);
}
