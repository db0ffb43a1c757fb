package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.hygiene.review.ReviewSchedule;

/**
 * A tenant's data-hygiene settings ({@code T#t#SETTINGS} / {@code HYGIENE}): the rules' parameters (which are
 * enabled, their limits) and the review rounds' schedule. Read as {@link #defaults()} (version 0) until an admin
 * stores its own, like the other settings, so the first store is {@code If-Match: "0"}.
 */
public record HygieneSettings(HygieneParameters parameters, ReviewSchedule review, long version) implements HygieneRecord {
    public HygieneSettings {
        parameters = parameters == null ? HygieneParameters.defaults() : parameters;
        review = review == null ? ReviewSchedule.defaults() : review;
    }

    public static HygieneSettings defaults() {
        return new HygieneSettings(HygieneParameters.defaults(), ReviewSchedule.defaults(), 0);
    }
}
