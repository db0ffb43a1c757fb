package dev.fieldcrm.core.hygiene.review;

import java.time.Instant;

/**
 * When the tenant's next scheduled review round is due: one item per tenant on the due index (kind
 * {@code hygiene-review}), written when the settings are stored and moved on by each scheduled round.
 */
public record NextReview(Instant at) implements ReviewRecord {
}
