package dev.fieldcrm.worker.informing;

import dev.fieldcrm.adapters.links.LinkSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The worker's settings for informing clients ({@code fieldcrm.notify.*}): public link signing (the same values as
 * the API's, which verifies what the worker signs) and the mailing rate.
 */
@ConfigMapping(prefix = "fieldcrm.notify")
public interface InformingConfig extends LinkSettings {
    /** The double opt-in page's URL before the token (the API's {@code /api/v1/forms/confirm/}). */
    @WithDefault("http://localhost:8080/api/v1/forms/confirm/")
    String confirmUrl();

    /** Messages per second a mailing may send (the SES/SNS account's quota minus room for reminders). */
    @WithDefault("10")
    double mailingRatePerSecond();

    /** How long one scheduler run works on one mailing, in seconds (below the schedule function's timeout). */
    @WithDefault("45")
    int mailingSecondsPerRun();

    /** Clients per audience page (one index Query, then one card Query each). */
    @WithDefault("25")
    int mailingClientsPerBatch();
}
